// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Role, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice submitEvidence (anyone, with the role the registry can verify) and recordActed (the provider of an
/// escalated threat only).
contract EvidenceTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    bytes32 internal constant HASH = keccak256("court filing, PDF");
    string internal constant URI = "ipfs://bafy-evidence";

    function _submit(address who, uint256 id) internal {
        vm.prank(who);
        registry.submitEvidence(id, HASH, URI);
    }

    function test_EvidenceRoles() public {
        address client = makeAddr("client");
        ThreatParams memory params = _params(Action.Escalate);
        params.beneficiary = client;
        uint256 id = _create(params);

        vm.expectEmit(address(registry));
        emit Evidence(id, oracle, Role.Resolver, HASH, URI);
        _submit(oracle, id);
        vm.expectEmit(address(registry));
        emit Evidence(id, client, Role.Maker, HASH, URI);
        _submit(client, id); // the beneficiary is the maker's side
        vm.expectEmit(address(registry));
        emit Evidence(id, provider, Role.Provider, HASH, URI);
        _submit(provider, id);
        vm.expectEmit(address(registry));
        emit Evidence(id, adversary, Role.Other, HASH, URI);
        _submit(adversary, id); // the adversary has no on-chain role
        // The registry stores the beneficiary, not the creating account: a maker creating for a client
        // submits as Other (ThreatCreated names her, so readers can label it).
        vm.expectEmit(address(registry));
        emit Evidence(id, maker, Role.Other, HASH, URI);
        _submit(maker, id);
    }

    function test_ResolverRoleComesFirst() public {
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = maker; // a self-resolved commitment: maker, beneficiary and resolver at once
        uint256 id = _create(params);
        vm.expectEmit(address(registry));
        emit Evidence(id, maker, Role.Resolver, HASH, URI);
        _submit(maker, id);
    }

    function test_EvidenceInAnyStatus() public {
        uint256 id = _createCommitment(Action.Refund);
        _fulfil(id);
        vm.expectEmit(address(registry));
        emit Evidence(id, maker, Role.Maker, HASH, "");
        vm.prank(maker);
        registry.submitEvidence(id, HASH, "");
    }

    function test_RevertWhen_EvidenceForUnknownThreat() public {
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 5));
        _submit(anyone, 5);
    }

    function test_RecordActed() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(NotEscalatedProvider.selector, id, provider));
        vm.prank(provider);
        registry.recordActed(id, HASH, URI); // not escalated yet
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(NotEscalatedProvider.selector, id, maker));
        vm.prank(maker);
        registry.recordActed(id, HASH, URI);
        vm.expectEmit(address(registry));
        emit ProviderActed(id, provider, HASH, URI);
        vm.prank(provider);
        registry.recordActed(id, HASH, URI);
    }

    function test_RevertWhen_RecordActedOnAThreatNotEscalated() public {
        uint256 id = _createCommitment(Action.Escalate);
        _fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(NotEscalatedProvider.selector, id, provider));
        vm.prank(provider);
        registry.recordActed(id, HASH, URI);
        vm.expectRevert(abi.encodeWithSelector(NotEscalatedProvider.selector, 77, provider));
        vm.prank(provider);
        registry.recordActed(77, HASH, URI);
    }
}
