// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {IResolver} from "../../src/interfaces/IResolver.sol";
import {Engagement, ThreatParams} from "../../src/types/DataTypes.sol";

/// @notice A resolver that misbehaves in every way the registry must survive: it re-enters the registry from
/// `onThreatCreated` (fulfils, holds for the whole budget, settles, creates another threat), fulfils twice,
/// holds and never decides, stalls with hold/release cycles, or reverts the hook.
contract MaliciousResolver is IResolver {
    enum Mode {
        None,
        FulfilInHook,
        FulfilTwiceInHook,
        HoldMaxInHook,
        SettleInHook,
        CreateInHook,
        RevertInHook,
        HugeRevertInHook
    }

    ILevetrage public immutable registry;
    Mode public mode;
    /// @notice What the re-entrant calls in the hook returned (for the test).
    bool public secondFulfilReverted;
    bool public settleReverted;
    uint256 public nestedId;

    constructor(ILevetrage registry_) {
        registry = registry_;
    }

    receive() external payable {}

    function setMode(Mode mode_) external {
        mode = mode_;
    }

    function kind() external pure returns (string memory) {
        return "malicious";
    }

    function onThreatCreated(uint256 id, address, ThreatParams calldata params) external {
        Mode m = mode;
        if (m == Mode.FulfilInHook) {
            registry.fulfil(id, keccak256("in the hook"));
        } else if (m == Mode.FulfilTwiceInHook) {
            registry.fulfil(id, bytes32(0));
            try registry.fulfil(id, bytes32(0)) {}
            catch {
                secondFulfilReverted = true;
            }
        } else if (m == Mode.HoldMaxInHook) {
            registry.hold(id, type(uint32).max);
        } else if (m == Mode.SettleInHook) {
            try registry.settle(id, "") {}
            catch {
                settleReverted = true;
            }
        } else if (m == Mode.CreateInHook) {
            mode = Mode.None;
            ThreatParams memory nested = params;
            nested.resolverData = "";
            Engagement memory none;
            nestedId = registry.create{value: 1 ether}(nested, none, "");
        } else if (m == Mode.RevertInHook) {
            revert("resolver says no");
        } else if (m == Mode.HugeRevertInHook) {
            assembly {
                revert(0, 100000)
            }
        }
    }

    function fulfil(uint256 id) external {
        registry.fulfil(id, bytes32(0));
    }

    function fulfilTwice(uint256 id) external {
        registry.fulfil(id, bytes32(0));
        registry.fulfil(id, bytes32(0));
    }

    function hold(uint256 id, uint32 duration) external returns (uint40) {
        return registry.hold(id, duration);
    }

    function release(uint256 id) external {
        registry.release(id);
    }

    /// @notice Holds and releases `rounds` times, a second apart: tries to stall the threat for free.
    function stall(uint256 id, uint256 rounds) external {
        for (uint256 i; i < rounds; ++i) {
            registry.hold(id, type(uint32).max);
            registry.release(id);
        }
    }
}

/// @notice A beneficiary that re-enters the registry when its refund arrives.
contract ReentrantBeneficiary {
    ILevetrage public immutable registry;
    uint256 public target;
    bool public reentered;

    constructor(ILevetrage registry_) {
        registry = registry_;
    }

    function setTarget(uint256 id) external {
        target = id;
    }

    receive() external payable {
        // Every entry point it could use to double-spend is guarded: these revert, so the refund fails and is
        // credited to withdrawable instead.
        if (target == type(uint256).max) return; // withdrawing
        registry.settle(target, "");
        reentered = true;
    }

    function withdraw() external returns (uint256) {
        target = type(uint256).max;
        return registry.withdraw();
    }
}
