// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// Mirrors Reality.eth's own names and signatures (snake_case parameters, its function names) so it matches the
// deployed contract's ABI byte for byte; only the calls the resolver makes carry NatSpec.
// solhint-disable var-name-mixedcase, func-name-mixedcase, use-natspec

/// @title IRealityETH
/// @notice The part of Reality.eth v3.0 (`RealityETH_v3_0`, npm @reality.eth/contracts) the RealityResolver uses.
/// Answers are bytes32; for the bool template (id 0) "yes" is 1, "no" is 0, "invalid" is 2^256-1.
interface IRealityETH {
    /// @notice Asks a question whose first answer must carry at least `min_bond`; returns its id.
    function askQuestionWithMinBond(
        uint256 template_id,
        string calldata question,
        address arbitrator,
        uint32 timeout,
        uint32 opening_ts,
        uint256 nonce,
        uint256 min_bond
    ) external payable returns (bytes32);

    /// @notice Answers with msg.value as the bond (at least double the current one), credited to `answerer`.
    function submitAnswerFor(bytes32 question_id, bytes32 answer, uint256 max_previous, address answerer)
        external
        payable;

    /// @notice The whole stored question.
    function questions(bytes32 question_id)
        external
        view
        returns (
            bytes32 content_hash,
            address arbitrator,
            uint32 opening_ts,
            uint32 timeout,
            uint32 finalize_ts,
            bool is_pending_arbitration,
            uint256 bounty,
            bytes32 best_answer,
            bytes32 history_hash,
            uint256 bond,
            uint256 min_bond
        );

    function isFinalized(bytes32 question_id) external view returns (bool);
    function resultFor(bytes32 question_id) external view returns (bytes32);
    function getContentHash(bytes32 question_id) external view returns (bytes32);
    function getArbitrator(bytes32 question_id) external view returns (address);
    function getTimeout(bytes32 question_id) external view returns (uint32);
    function getMinBond(bytes32 question_id) external view returns (uint256);
    function getFinalizeTS(bytes32 question_id) external view returns (uint32);
    function isPendingArbitration(bytes32 question_id) external view returns (bool);
    function getBestAnswer(bytes32 question_id) external view returns (bytes32);
    function getBond(bytes32 question_id) external view returns (uint256);

    /// @notice The fee an arbitrator charges for asking a question with it (paid by the asker).
    function arbitrator_question_fees(address arbitrator) external view returns (uint256);
}
