// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Test-side views of the peers' functions the resolver tests drive directly.

/// @notice Reality.eth's reference arbitrator (flat/Arbitrator-development.sol).
interface IRealityArbitrator {
    function requestArbitration(bytes32 questionId, uint256 maxPrevious) external payable returns (bool);
    function submitAnswerByArbitrator(bytes32 questionId, bytes32 answer, address answerer) external;
    function cancelArbitration(bytes32 questionId) external;
    function getDisputeFee(bytes32 questionId) external view returns (uint256);
    function setQuestionFee(uint256 fee) external;
    function owner() external view returns (address);
}

/// @notice More of Reality.eth v3.0.
interface IRealityMore {
    function submitAnswer(bytes32 questionId, bytes32 answer, uint256 maxPrevious) external payable;
    function getHistoryHash(bytes32 questionId) external view returns (bytes32);
    function claimWinnings(
        bytes32 questionId,
        bytes32[] calldata historyHashes,
        address[] calldata addrs,
        uint256[] calldata bonds,
        bytes32[] calldata answers
    ) external;
    function balanceOf(address account) external view returns (uint256);
    function isFinalized(bytes32 questionId) external view returns (bool);
}

/// @notice UMA's MockOracleAncillary (the DVM in tests).
interface IMockOracleAncillary {
    struct QueryPoint {
        bytes32 identifier;
        uint256 time;
        bytes ancillaryData;
    }

    function pushPrice(bytes32 identifier, uint256 time, bytes calldata ancillaryData, int256 price) external;
    function getPendingQueries() external view returns (QueryPoint[] memory);
}

/// @notice More of UMA's OOv3.
interface IOptimisticOracleV3More {
    function assertTruthWithDefaults(bytes calldata claim, address asserter) external returns (bytes32);
    function assertTruth(
        bytes calldata claim,
        address asserter,
        address callbackRecipient,
        address escalationManager,
        uint64 liveness,
        address currency,
        uint256 bond,
        bytes32 identifier,
        bytes32 domainId
    ) external returns (bytes32);
    function getAssertionResult(bytes32 assertionId) external view returns (bool);
    function syncUmaParams(bytes32 identifier, address currency) external;
    function burnedBondPercentage() external view returns (uint256);
}

/// @notice UMA's Store (final fees).
interface IUmaStore {
    struct Unsigned {
        uint256 rawValue;
    }

    function setFinalFee(address currency, Unsigned calldata fee) external;
}
