// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {CommitmentParams, OddsParams} from "../../src/types/DataTypes.sol";

/// @notice A provider or maker whose address reverts on receive until told to accept, then withdraws.
contract RevertingReceiver {
    bool public accepting;

    receive() external payable {
        require(accepting, "RevertingReceiver: no ETH please");
    }

    function setAccepting(bool on) external {
        accepting = on;
    }

    function withdrawFrom(ILevetrage registry) external returns (uint256) {
        return registry.withdraw();
    }
}

/// @notice A recipient that burns more gas on receive than the registry's stipend allows.
contract GasHungryReceiver {
    uint256 public sink;

    receive() external payable {
        for (uint256 i; i < 400; ++i) {
            sink = uint256(keccak256(abi.encode(sink, i))); // ~ 400 warm SSTOREs: > 100k gas
        }
    }

    function withdrawFrom(ILevetrage registry) external returns (uint256) {
        return registry.withdraw();
    }
}

/// @notice A maker, provider, terminator or NASH holder that re-enters on receive. It records the outcome of
/// its attack and never reverts itself, so any double payment would show in the balances.
contract ReentrantActor {
    enum Attack {
        None,
        Settle,
        Fulfil,
        Withdraw,
        Claim,
        Create
    }

    ILevetrage public immutable registry;
    INashToken public immutable nash;
    Attack public attack;
    uint256 public target;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastError;
    uint256 public received;
    /// @notice While set, receive() reverts (to build up a withdrawable balance).
    bool public rejecting;

    constructor(ILevetrage registry_, INashToken nash_) {
        registry = registry_;
        nash = nash_;
    }

    function arm(Attack attack_, uint256 target_) external {
        attack = attack_;
        target = target_;
    }

    function setRejecting(bool on) external {
        rejecting = on;
    }

    receive() external payable {
        require(!rejecting, "ReentrantActor: rejecting");
        received += msg.value;
        if (attack == Attack.None) return;
        ++attempts;
        bool ok;
        bytes memory err;
        if (attack == Attack.Settle) {
            (ok, err) = address(registry).call(abi.encodeCall(ILevetrage.settle, (target, "")));
        } else if (attack == Attack.Fulfil) {
            (ok, err) = address(registry).call(abi.encodeCall(ILevetrage.fulfil, (target)));
        } else if (attack == Attack.Withdraw) {
            (ok, err) = address(registry).call(abi.encodeCall(ILevetrage.withdraw, ()));
        } else if (attack == Attack.Claim) {
            (ok, err) = address(nash).call(abi.encodeCall(INashToken.claim, ()));
        }
        if (ok) ++successes;
        else lastError = err;
    }

    // Entry points so the actor can play each role.

    function create(CommitmentParams calldata params) external payable returns (uint256) {
        return registry.createCommitment{value: msg.value}(params);
    }

    function createProbabilistic(CommitmentParams calldata params, OddsParams calldata odds)
        external
        payable
        returns (uint256)
    {
        return registry.createProbabilistic{value: msg.value}(params, odds);
    }

    function fulfil(uint256 id) external {
        registry.fulfil(id);
    }

    function settle(uint256 id) external {
        registry.settle(id, "");
    }

    function withdraw() external returns (uint256) {
        return registry.withdraw();
    }

    function claim() external returns (uint256) {
        return nash.claim();
    }
}
