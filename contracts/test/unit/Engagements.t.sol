// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Engagement, Kind, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {PlainContractProvider, SmartAccount} from "../utils/Accounts.sol";

/// @notice Engagements (issue #8): only a provider's own consent for this maker (an EIP-712 signature, ECDSA or
/// ERC-1271, or an on-chain acceptance) lets a threat escalate to it; every way to forge, stretch or replay
/// that consent is refused, including the spoof from the issue.
contract EngagementsTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    address internal stranger = makeAddr("stranger");

    function _escalating() internal view returns (ThreatParams memory) {
        return _params(Action.Escalate);
    }

    function _probabilistic() internal view returns (ThreatParams memory params) {
        params = _params(Action.Refund);
        params.odds = _odds(50_000_000, 0);
    }

    /*//////////////////////////////////////////////////////////////
                              THE DIGEST
    //////////////////////////////////////////////////////////////*/

    /// The engagement id is the EIP-712 digest of domain ("Levetrage", "1", chain id, registry): what a wallet
    /// shows and signs (eth_signTypedData_v4) is what the registry checks.
    function test_EngagementIdIsTheEip712Digest() public {
        Engagement memory e = _engagement();
        assertEq(registry.engagementIdOf(e), _digest(e, block.chainid, address(registry)));
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = core.eip712Domain();
        assertEq(name, "Levetrage");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifying, address(registry));
        assertEq(core.ENGAGEMENT_TYPEHASH(), ENGAGEMENT_TYPEHASH);
        bytes32 before = registry.engagementIdOf(e);
        e.nonce += 1;
        assertTrue(registry.engagementIdOf(e) != before, "every field is signed");
    }

    /*//////////////////////////////////////////////////////////////
                          SIGNED ENGAGEMENTS
    //////////////////////////////////////////////////////////////*/

    function test_EoaSignature() public {
        Engagement memory e = _engagement();
        bytes32 engagementId = registry.engagementIdOf(e);
        assertFalse(registry.isNonceUsed(provider, e.nonce));
        vm.recordLogs();
        uint256 id = _createAs(maker, _escalating(), e, _sign(e), STAKE);
        (, bytes32 loggedId, bytes32 agreement) = _createdLog(vm.getRecordedLogs());
        assertEq(loggedId, engagementId);
        assertEq(agreement, AGREEMENT);
        assertEq(_threat(id).engagementId, engagementId);
        assertTrue(registry.isNonceUsed(provider, e.nonce), "a one-use engagement consumes its nonce");
        assertEq(registry.signedUses(engagementId), 0, "one-use engagements need no counter");
    }

    function test_Erc1271SmartAccountProvider() public {
        (address owner, uint256 ownerKey) = makeAddrAndKey("firm owner");
        SmartAccount firm = new SmartAccount(owner);
        Engagement memory e = _engagementOf(address(firm), maker);
        bytes memory sig = _signWith(ownerKey, e);
        uint256 id = _createAs(maker, _escalating(), e, sig, STAKE);
        assertEq(_threat(id).provider, address(firm));
        assertTrue(registry.isNonceUsed(address(firm), e.nonce));
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        assertEq(firm.received(), STAKE, "the smart account is paid on escalation");
    }

    function test_RevertWhen_Erc1271AccountDoesNotApprove() public {
        (address owner,) = makeAddrAndKey("firm owner");
        SmartAccount firm = new SmartAccount(owner);
        Engagement memory e = _engagementOf(address(firm), maker);
        bytes memory sig = _signWith(providerKey, e); // not the account's owner
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, address(firm)));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /// A contract without ERC-1271 can never sign: no signature, not even its deployer's, is its consent.
    function test_RevertWhen_ContractWithoutErc1271() public {
        PlainContractProvider plain = new PlainContractProvider();
        Engagement memory e = _engagementOf(address(plain), maker);
        bytes memory sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, address(plain)));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    function test_ExpiryBoundary() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        vm.warp(e.validUntil + 1);
        vm.expectRevert(abi.encodeWithSelector(EngagementExpired.selector, e.validUntil, uint256(e.validUntil) + 1));
        _createAs(maker, _escalating(), e, sig, STAKE);
        vm.warp(e.validUntil); // at validUntil it still counts
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    function test_RevertWhen_Replayed() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        _createAs(maker, _escalating(), e, sig, STAKE);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    function test_RevertWhen_WrongSigner() public {
        (, uint256 makerKey) = makeAddrAndKey("maker");
        Engagement memory e = _engagement();
        bytes memory sig = _signWith(makerKey, e); // the maker signs her own consent
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /// The malleated twin (r, n - s, v flipped) recovers the provider with raw ecrecover, but is refused: only
    /// low-s signatures count, so no second valid encoding of one consent exists.
    function test_RevertWhen_HighS() public {
        Engagement memory e = _engagement();
        bytes32 digest = _digest(e, block.chainid, address(registry));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(providerKey, digest);
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flipped = v == 27 ? 28 : 27;
        assertEq(ecrecover(digest, flipped, r, highS), provider, "the twin is a valid ecrecover signature");
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, abi.encodePacked(r, highS, flipped), STAKE);
        // The canonical one still works.
        _createAs(maker, _escalating(), e, abi.encodePacked(r, s, v), STAKE);
    }

    /// Garbage recovers the zero address (ecrecover's failure value): never anyone's consent.
    function test_RevertWhen_GarbageSignature() public {
        Engagement memory e = _engagement();
        bytes32 digest = _digest(e, block.chainid, address(registry));
        bytes32 r = bytes32(0);
        bytes32 s = bytes32(uint256(1));
        assertEq(ecrecover(digest, 27, r, s), address(0));
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, abi.encodePacked(r, s, uint8(27)), STAKE);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, new bytes(65), STAKE);
        // A 64-byte (ERC-2098) or truncated signature is refused too.
        bytes memory full = _sign(e);
        bytes memory short = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            short[i] = full[i];
        }
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, short, STAKE);
    }

    function test_RevertWhen_WrongMaker() public {
        Engagement memory e = _engagement(); // for `maker`
        bytes memory sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongMaker.selector, maker, stranger));
        _createAs(stranger, _escalating(), e, sig, STAKE);
    }

    function test_RevertWhen_WrongKind() public {
        Engagement memory e = _engagement();
        e.kinds = uint8(1 << uint8(Kind.Commitment));
        bytes memory sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongKind.selector, e.kinds, uint8(Kind.Probabilistic)));
        _createAs(maker, _probabilistic(), e, sig, STAKE);
        _createAs(maker, _escalating(), e, sig, STAKE);

        e = _engagement();
        e.kinds = uint8(1 << uint8(Kind.Probabilistic));
        sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongKind.selector, e.kinds, uint8(Kind.Commitment)));
        _createAs(maker, _escalating(), e, sig, STAKE);
        _createAs(maker, _probabilistic(), e, sig, STAKE);
    }

    function test_StakeLimits() public {
        Engagement memory e = _engagement();
        e.minStake = 1 ether;
        e.maxStake = 2 ether;
        bytes memory sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(StakeBelowEngagement.selector, 1 ether - 1, e.minStake));
        _createAs(maker, _escalating(), e, sig, 1 ether - 1);
        vm.expectRevert(abi.encodeWithSelector(StakeAboveEngagement.selector, 2 ether + 1, e.maxStake));
        _createAs(maker, _escalating(), e, sig, 2 ether + 1);
        _createAs(maker, _escalating(), e, sig, 2 ether); // both bounds inclusive
        e = _engagement();
        e.minStake = 1 ether;
        e.maxStake = 2 ether;
        _createAs(maker, _escalating(), e, _sign(e), 1 ether);
    }

    function test_RevertWhen_NoUses() public {
        Engagement memory e = _engagement();
        e.uses = 0;
        bytes memory sig = _sign(e);
        vm.expectRevert(EngagementNoUses.selector);
        _createAs(maker, _escalating(), e, sig, STAKE);
        vm.expectRevert(EngagementNoUses.selector);
        _accept(e);
    }

    /// The signature binds chain, registry and every field: one for another chain id, another registry or
    /// another agreement fails here.
    function test_RevertWhen_SignedForAnotherDomainOrAgreement() public {
        Engagement memory e = _engagement();
        bytes memory otherChain = _signDigest(providerKey, _digest(e, block.chainid + 1, address(registry)));
        bytes memory otherRegistry = _signDigest(providerKey, _digest(e, block.chainid, makeAddr("other registry")));
        Engagement memory other = e;
        other.agreementHash = keccak256("another agreement");
        bytes memory otherAgreement = _sign(other);
        e.agreementHash = AGREEMENT;
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, otherChain, STAKE);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, otherRegistry, STAKE);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, otherAgreement, STAKE);
    }

    /// The same signature stops working when the chain id changes under the registry (a fork).
    function test_RevertWhen_ChainIdChanges() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        vm.chainId(block.chainid + 7);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                               MULTI-USE
    //////////////////////////////////////////////////////////////*/

    function test_MultiUseSignedEngagement() public {
        Engagement memory e = _engagement();
        e.uses = 3;
        bytes memory sig = _sign(e);
        bytes32 engagementId = registry.engagementIdOf(e);
        for (uint256 i = 1; i <= 3; ++i) {
            _createAs(maker, _escalating(), e, sig, STAKE);
            assertEq(registry.signedUses(engagementId), i);
            assertEq(registry.isNonceUsed(provider, e.nonce), i == 3, "the nonce is consumed by the last use");
        }
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                              REVOCATION
    //////////////////////////////////////////////////////////////*/

    function test_RevokeNonce_SignedOneUse() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        vm.expectEmit(address(registry));
        emit NonceRevoked(provider, e.nonce);
        vm.prank(provider);
        registry.revokeNonce(e.nonce);
        assertTrue(registry.isNonceUsed(provider, e.nonce));
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    function test_RevokeNonce_SignedMultiUseAfterOneUse() public {
        Engagement memory e = _engagement();
        e.uses = 3;
        bytes memory sig = _sign(e);
        _createAs(maker, _escalating(), e, sig, STAKE);
        vm.prank(provider);
        registry.revokeNonce(e.nonce);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /// revokeNonce: "no engagement with it can back a new threat any more" — an engagement accepted on chain
    /// included (its nonce was consumed at acceptance, so the nonce bit alone cannot say it).
    function test_RevokeNonce_AcceptedOnChain() public {
        Engagement memory e = _engagement();
        e.uses = 2;
        bytes32 engagementId = _accept(e);
        _createAs(maker, _escalating(), e, "", STAKE);
        vm.prank(provider);
        registry.revokeNonce(e.nonce);
        assertEq(registry.acceptedUses(engagementId), 0);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, "", STAKE);
    }

    function test_RevokeEngagement_Signed() public {
        Engagement memory e = _engagement();
        e.uses = 2;
        bytes memory sig = _sign(e);
        bytes32 engagementId = registry.engagementIdOf(e);
        vm.expectEmit(address(registry));
        emit EngagementRevoked(engagementId, provider, e.nonce);
        vm.prank(provider);
        assertEq(registry.revokeEngagement(e), engagementId);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    function test_RevokeEngagement_AcceptedOnChain() public {
        Engagement memory e = _engagement();
        e.uses = 3;
        bytes32 engagementId = _accept(e);
        uint256 first = _createAs(maker, _escalating(), e, "", STAKE);
        assertEq(registry.acceptedUses(engagementId), 2);
        vm.prank(provider);
        registry.revokeEngagement(e);
        assertEq(registry.acceptedUses(engagementId), 0);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, "", STAKE);
        // A threat it already backs is unaffected.
        vm.warp(_threat(first).deadline);
        _settle(anyone, first);
        assertEq(provider.balance, STAKE);
    }

    function test_RevertWhen_RevokeEngagementByOther() public {
        Engagement memory e = _engagement();
        vm.expectRevert(abi.encodeWithSelector(NotProvider.selector, maker, provider));
        vm.prank(maker);
        registry.revokeEngagement(e);
    }

    /// revokeNonce only ever touches the caller's own nonces.
    function test_RevokeNonceIsPerProvider() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        vm.prank(stranger);
        registry.revokeNonce(e.nonce);
        assertFalse(registry.isNonceUsed(provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                          ACCEPTED ON CHAIN
    //////////////////////////////////////////////////////////////*/

    function test_AcceptEngagementOnChain() public {
        Engagement memory e = _engagement();
        e.uses = 2;
        bytes32 engagementId = registry.engagementIdOf(e);
        vm.expectEmit(address(registry));
        emit EngagementAccepted(engagementId, provider, maker, e);
        assertEq(_accept(e), engagementId);
        assertEq(registry.acceptedUses(engagementId), 2);
        assertTrue(registry.isNonceUsed(provider, e.nonce), "acceptance consumes the nonce at once");

        uint256 id = _createAs(maker, _escalating(), e, "", STAKE);
        assertEq(_threat(id).engagementId, engagementId);
        assertEq(registry.acceptedUses(engagementId), 1);
        _createAs(maker, _probabilistic(), e, "", STAKE);
        assertEq(registry.acceptedUses(engagementId), 0);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, "", STAKE);
    }

    function test_RevertWhen_AcceptedByOtherThanProvider() public {
        Engagement memory e = _engagement();
        vm.expectRevert(abi.encodeWithSelector(NotProvider.selector, maker, provider));
        vm.prank(maker);
        registry.acceptEngagement(e);
    }

    function test_RevertWhen_EmptySignatureWithoutAcceptance() public {
        Engagement memory e = _engagement();
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, "", STAKE);
    }

    function test_RevertWhen_AcceptTwiceOrZeroAgreement() public {
        Engagement memory e = _engagement();
        _accept(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _accept(e);
        e = _engagement();
        e.agreementHash = bytes32(0);
        vm.expectRevert(ZeroAgreementHash.selector);
        _accept(e);
    }

    /// Accepting on chain voids a signature of the same engagement (one consent, not two).
    function test_AcceptanceVoidsTheSignature() public {
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        _accept(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, provider, e.nonce));
        _createAs(maker, _escalating(), e, sig, STAKE);
        _createAs(maker, _escalating(), e, "", STAKE); // the acceptance itself works once
    }

    /// An accepted engagement is still checked: maker, expiry, kind and stake.
    function test_AcceptedEngagementStillChecked() public {
        Engagement memory e = _engagement();
        e.kinds = uint8(1 << uint8(Kind.Commitment));
        e.maxStake = 2 ether;
        _accept(e);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongMaker.selector, maker, stranger));
        _createAs(stranger, _escalating(), e, "", STAKE);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongKind.selector, e.kinds, uint8(Kind.Probabilistic)));
        _createAs(maker, _probabilistic(), e, "", STAKE);
        vm.expectRevert(abi.encodeWithSelector(StakeAboveEngagement.selector, 3 ether, e.maxStake));
        _createAs(maker, _escalating(), e, "", 3 ether);
        vm.warp(e.validUntil + 1);
        vm.expectRevert(abi.encodeWithSelector(EngagementExpired.selector, e.validUntil, block.timestamp));
        _createAs(maker, _escalating(), e, "", STAKE);
    }

    function test_SmartAccountAcceptsOnChain() public {
        (address owner,) = makeAddrAndKey("firm owner");
        SmartAccount firm = new SmartAccount(owner);
        Engagement memory e = _engagementOf(address(firm), maker);
        vm.prank(owner);
        firm.accept(registry, e);
        uint256 id = _createAs(maker, _escalating(), e, "", STAKE);
        assertEq(_threat(id).provider, address(firm));
    }

    function test_RevertWhen_ProbabilisticWithoutProvider() public {
        vm.expectRevert(ProviderRequired.selector);
        _createAs(maker, _probabilistic(), _noEngagement(), "", STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                     THE SPOOF ATTACK (ISSUE #8)
    //////////////////////////////////////////////////////////////*/

    /// A stranger copies Jane's agreement hash from her real ThreatCreated, names Law firm Y, stakes 1 wei with
    /// a 1-second deadline and timeout Escalate, and settles: in v1 that produced an authentic-looking
    /// Escalated for Law firm Y. Now every variant reverts at create and no Escalated can ever be emitted.
    function test_SpoofAttackFromTheIssue() public {
        (address lawFirmY, uint256 lawFirmKey) = makeAddrAndKey("Law firm Y");
        address jane = maker;

        // Jane's real engagement and threat.
        Engagement memory janes = _engagementOf(lawFirmY, jane);
        janes.agreementHash = sha256("Jane's retainer with Law firm Y");
        bytes memory janesSig = _signWith(lawFirmKey, janes);
        vm.recordLogs();
        _createAs(jane, _escalating(), janes, janesSig, 3 ether);
        (,, bytes32 copied) = _createdLog(vm.getRecordedLogs());
        assertEq(copied, janes.agreementHash, "the hash is public");

        uint256 nextId = registry.nextId();
        ThreatParams memory spoof = _params(Action.Escalate);
        spoof.deadline = uint40(block.timestamp + 1);
        Engagement memory forged = Engagement({
            provider: lawFirmY,
            maker: stranger,
            agreementHash: copied,
            minStake: 0,
            maxStake: 0,
            kinds: BOTH_KINDS,
            validUntil: uint40(block.timestamp + 1 days),
            uses: 1,
            nonce: janes.nonce
        });
        (, uint256 strangerKey) = makeAddrAndKey("stranger");

        vm.recordLogs();
        vm.expectRevert(ProviderRequired.selector);
        _createAs(stranger, spoof, _noEngagement(), "", 1);
        vm.expectRevert(abi.encodeWithSelector(EngagementUsed.selector, lawFirmY, forged.nonce));
        _createAs(stranger, spoof, forged, "", 1); // "accepted on chain": it never was
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, lawFirmY));
        _createAs(stranger, spoof, forged, janesSig, 1); // Jane's signature, copied from her transaction
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, lawFirmY));
        _createAs(stranger, spoof, forged, _signWith(strangerKey, forged), 1);
        vm.expectRevert(abi.encodeWithSelector(EngagementWrongMaker.selector, jane, stranger));
        _createAs(stranger, spoof, janes, janesSig, 1); // Jane's engagement as it is

        assertEq(registry.nextId(), nextId, "no spoofed threat exists");
        vm.warp(block.timestamp + 2);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, nextId));
        _settle(stranger, nextId);
        assertEq(_count(vm.getRecordedLogs(), address(registry), Escalated.selector), 0, "no Escalated emitted");
        assertEq(lawFirmY.balance, 0);
    }
}
