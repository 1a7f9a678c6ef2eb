// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {Engagement, ThreatParams} from "../../src/types/DataTypes.sol";

/// @notice A provider, beneficiary or funder whose address reverts on receive until told to accept, then withdraws.
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

    /// @notice Joins threat `id` with msg.value (to play a backer that cannot take ETH back).
    function join(ILevetrage registry, uint256 id) external payable {
        registry.join{value: msg.value}(id, new bytes32[](0));
    }

    function reclaim(ILevetrage registry, uint256 id) external returns (uint256) {
        return registry.reclaim(id);
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

/// @notice A maker, provider, resolver, funder or NASH holder that re-enters on receive. It records the outcome
/// of its attack and never reverts itself, so any double payment would show in the balances.
contract ReentrantActor {
    enum Attack {
        None,
        Settle,
        Fulfil,
        Withdraw,
        Claim,
        Reclaim,
        Leave
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
        address r = address(registry);
        if (attack == Attack.Settle) (ok, err) = r.call(abi.encodeCall(ILevetrage.settle, (target, "")));
        else if (attack == Attack.Fulfil) (ok, err) = r.call(abi.encodeCall(ILevetrage.fulfil, (target, bytes32(0))));
        else if (attack == Attack.Withdraw) (ok, err) = r.call(abi.encodeCall(ILevetrage.withdraw, ()));
        else if (attack == Attack.Claim) (ok, err) = address(nash).call(abi.encodeCall(INashToken.claim, ()));
        else if (attack == Attack.Reclaim) (ok, err) = r.call(abi.encodeCall(ILevetrage.reclaim, (target)));
        else if (attack == Attack.Leave) (ok, err) = r.call(abi.encodeCall(ILevetrage.leave, (target)));
        if (ok) ++successes;
        else lastError = err;
    }

    // Entry points so the actor can play each role.

    function create(ThreatParams calldata params, Engagement calldata engagement, bytes calldata signature)
        external
        payable
        returns (uint256)
    {
        return registry.create{value: msg.value}(params, engagement, signature);
    }

    function fulfil(uint256 id) external {
        registry.fulfil(id, bytes32(0));
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

    function join(uint256 id) external payable {
        registry.join{value: msg.value}(id, new bytes32[](0));
    }

    function leave(uint256 id) external {
        registry.leave(id);
    }

    function reclaim(uint256 id) external returns (uint256) {
        return registry.reclaim(id);
    }
}
