// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    Action,
    Engagement,
    FundingParams,
    OddsParams,
    Status,
    Threat,
    ThreatParams
} from "../../../src/types/DataTypes.sol";
import {HandlerBase} from "./HandlerBase.sol";

/// @notice Engagements (signed by EOA providers with `vm.sign`, or accepted on chain) and the creation of every
/// kind of threat: commitments, probabilistic threats, pools, promises, threats open to backers, and attempts
/// with engagements the provider never gave for them.
abstract contract HandlerCreate is HandlerBase {
    /// @dev One create, as the handler means it.
    struct C {
        address maker;
        address caller; // who sends the create (the maker, or an impostor)
        address beneficiary;
        address resolver;
        Action action;
        bool prob;
        bool pool;
        bool isPromise;
        bool funded;
        bool list;
        uint96 stake;
        uint40 deadline;
        uint32 period;
        uint32 pE;
        uint32 pT;
        uint96 capParam;
        uint40 gatherUntil;
        uint16 minPledgers;
        uint96 minTotal;
        uint96 maxFee;
        uint256 linkedTo;
        uint256 eng; // 1-based index into engs (0: none)
        Engagement e; // what is passed (a stored engagement, or a tampered copy)
        bytes sig;
        bool mustFail; // a deliberately invalid engagement
    }

    /*//////////////////////////////////////////////////////////////
                              ENGAGEMENTS
    //////////////////////////////////////////////////////////////*/

    /// @dev A new engagement of provider `p` for `maker`, signed (EOA providers) or accepted on chain. Returns
    /// its 1-based index, or 0 when the acceptance reverted.
    function _newEngagement(uint256 p, address maker, uint96 minStake, uint96 maxStake, uint8 kinds, uint256 seed)
        internal
        returns (uint256)
    {
        Engagement memory e = _engagementTerms(p, maker, minStake, maxStake, kinds, seed);
        bool onchain = p == 2 || seed % 3 == 0;
        bytes32 id = _digest(e);
        if (registry.engagementIdOf(e) != id) _fail(7, "engagementIdOf differs from the EIP-712 digest");
        bytes memory sig;
        if (onchain) {
            if (!_accept(e, id)) return 0;
        } else {
            sig = _signDigest(providerKeys[p], id);
            _count("engagement.signed");
        }
        gKnownEngagement[id] = true;
        engs.push(Eng({e: e, sig: sig, id: id, onchain: onchain}));
        return engs.length;
    }

    function _engagementTerms(uint256 p, address maker, uint96 minStake, uint96 maxStake, uint8 kinds, uint256 seed)
        internal
        returns (Engagement memory e)
    {
        address provider = providers[p];
        uint64 nonce = nextNonce[provider]++;
        if (seed % 13 == 0 && nonce > 0) nonce = uint64(seed % nonce); // an old nonce: may be used already
        e = Engagement({
            provider: provider,
            maker: maker,
            agreementHash: keccak256(abi.encode("agreement", engs.length)),
            minStake: minStake,
            maxStake: maxStake,
            kinds: kinds,
            validUntil: uint40(block.timestamp + 1 hours + (seed >> 8) % 3 days),
            uses: uint32(1 + (seed >> 16) % 3),
            nonce: nonce
        });
    }

    /// @dev The provider accepts `e` on chain; returns whether it could.
    function _accept(Engagement memory e, bytes32 id) internal returns (bool) {
        bool expected = !gNonceUsed[e.provider][e.nonce];
        vm.prank(e.provider);
        try registry.acceptEngagement(e) returns (bytes32 got) {
            if (!expected) _fail(7, "acceptEngagement with a used nonce");
            if (got != id) _fail(7, "acceptEngagement returned another id");
            gNonceUsed[e.provider][e.nonce] = true;
            gAccepted[id] = e.uses;
            _count("engagement.accepted");
            return true;
        } catch {
            if (expected) _fail(9, "acceptEngagement reverted although valid");
            return false;
        }
    }

    function _signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Whether the registry must accept engagement `k` with signature `sig` for create `c` (its documented
    /// requirements, with revokeNonce also voiding an accepted engagement with that nonce, as its NatSpec says).
    function _engValid(uint256 k, C memory c) internal view returns (bool) {
        Eng storage x = engs[k - 1];
        Engagement memory e = c.e;
        if (keccak256(abi.encode(e)) != keccak256(abi.encode(x.e))) return false; // tampered terms
        if (e.provider == address(0) || e.agreementHash == 0 || e.maker != c.caller) return false;
        if (block.timestamp > e.validUntil || e.uses == 0) return false;
        if (e.kinds & (c.prob ? 2 : 1) == 0) return false;
        if (c.pool ? c.minTotal < e.minStake : c.stake < e.minStake) return false;
        if (e.maxStake != 0 && c.stake > e.maxStake) return false;
        if (c.sig.length == 0) {
            return gAccepted[x.id] > 0 && !gRevokedEng[x.id] && !gNonceRevoked[e.provider][e.nonce];
        }
        if (x.sig.length == 0 || keccak256(c.sig) != keccak256(x.sig)) return false;
        return !gNonceUsed[e.provider][e.nonce];
    }

    /// @dev Books one use of engagement `k` after a create succeeded with it.
    function _useEngagement(uint256 k, bytes memory sig) internal {
        Eng storage x = engs[k - 1];
        if (sig.length == 0) {
            if (gAccepted[x.id] > 0) --gAccepted[x.id];
        } else if (x.e.uses == 1) {
            gNonceUsed[x.e.provider][x.e.nonce] = true;
        } else if (++gSignedUses[x.id] >= x.e.uses) {
            gNonceUsed[x.e.provider][x.e.nonce] = true;
        }
    }

    /// @dev A valid engagement for `c` from the store, or a fresh one.
    function _attachEngagement(C memory c, uint256 seed) internal {
        uint256 n = engs.length;
        if (n > 0 && seed % 2 == 0) {
            for (uint256 i; i < n; ++i) {
                uint256 k = 1 + (seed / 2 + i) % n;
                c.e = engs[k - 1].e;
                c.sig = engs[k - 1].onchain ? bytes("") : engs[k - 1].sig;
                if (_engValid(k, c)) {
                    c.eng = k;
                    return;
                }
            }
        }
        Engagement memory none;
        c.e = none;
        c.sig = "";
        uint96 floor = c.pool ? c.minTotal : c.stake;
        uint96 minStake = seed % 3 == 0 ? uint96(_rand(seed, "min") % (uint256(floor) + 1)) : 0;
        uint96 top = c.stake > c.minTotal ? c.stake : c.minTotal;
        uint96 maxStake = seed % 4 == 0 ? 0 : top + uint96(_rand(seed, "max") % 3 ether);
        uint8 kinds = uint8(c.prob ? 2 : 1) | uint8(seed % 5 == 0 ? 0 : (c.prob ? 1 : 2));
        uint256 k2 = _newEngagement(seed % 3, c.maker, minStake, maxStake, kinds, _rand(seed, "eng"));
        if (k2 == 0) return; // acceptance refused (an old nonce): create without a usable engagement
        c.eng = k2;
        c.e = engs[k2 - 1].e;
        c.sig = engs[k2 - 1].onchain ? bytes("") : engs[k2 - 1].sig;
    }

    /*//////////////////////////////////////////////////////////////
                               PARAMETERS
    //////////////////////////////////////////////////////////////*/

    function _base(uint256 seed) internal view returns (C memory c) {
        c.maker = makers[seed % makers.length];
        c.caller = c.maker;
        uint256 b = _rand(seed, "beneficiary") % 3;
        c.beneficiary = b == 0 ? c.maker : beneficiaries[b - 1];
        c.resolver = resolvers[_rand(seed, "resolver") % 2];
        uint256 s = _rand(seed, "stake");
        c.stake = s % 7 == 0 ? uint96(1 + s % 1000) : uint96(_bound(s, 1e15, 5 ether));
        c.action = Action(_rand(seed, "action") % 3);
        uint256 d = _rand(seed, "deadline");
        c.deadline = uint40(block.timestamp + (d % 3 == 0 ? _bound(d, 1 hours, 4 hours) : _bound(d, 4 hours, 10 days)));
        uint256 f = _rand(seed, "maxFee");
        uint96 fee = gFee[0] > gFee[1] ? gFee[0] : gFee[1];
        c.maxFee = f % 8 == 0 && fee > 0 ? fee - 1 : (f % 8 == 1 ? fee : type(uint96).max);
        uint256 link = _rand(seed, "linked");
        if (link % 8 == 0 && ids.length > 0) c.linkedTo = ids[link % ids.length];
        else if (link % 16 == 1) c.linkedTo = registry.nextId();
    }

    /// @dev Sets the period from the window draws have (the deadline less the creation or gathering date).
    function _period(C memory c, uint256 seed) internal view {
        uint256 from = c.pool ? c.gatherUntil : block.timestamp;
        uint256 window = c.deadline - from;
        uint32[3] memory short_ = [uint32(60), 300, 1800];
        uint32[3] memory long_ = [uint32(1 hours), 6 hours, 1 days];
        uint32 period = c.deadline - block.timestamp <= 4 hours ? short_[seed % 3] : long_[seed % 3];
        if (period > window) period = uint32(window);
        if (period < 60) period = 60;
        c.period = period;
    }

    function _poolFunding(C memory c, uint256 seed) internal view {
        c.pool = true;
        c.funded = true;
        uint256 span = (c.deadline - block.timestamp) / 2;
        c.gatherUntil = uint40(block.timestamp + _bound(_rand(seed, "gather"), 60, span));
        c.minPledgers = uint16(_rand(seed, "pledgers") % 3);
        c.minTotal = uint96(_rand(seed, "minTotal") % 2 ether);
        if (c.minPledgers == 0 && c.minTotal == 0) c.minPledgers = 1;
        uint96 top = c.stake > c.minTotal ? c.stake : c.minTotal;
        c.capParam = top + uint96(_rand(seed, "cap") % 3 ether);
        c.list = _rand(seed, "list") % 3 == 0;
    }

    function _backerFunding(C memory c, uint256 seed) internal pure {
        c.funded = true;
        c.capParam = c.stake + uint96(_rand(seed, "cap") % 4 ether);
        c.list = _rand(seed, "list") % 2 == 0;
    }

    /*//////////////////////////////////////////////////////////////
                                CREATE
    //////////////////////////////////////////////////////////////*/

    function _threatParams(C memory c) internal view returns (ThreatParams memory p) {
        p.resolver = c.resolver;
        p.beneficiary = c.beneficiary;
        p.adversary = stranger;
        p.deadline = c.deadline;
        p.timeoutAction = c.action;
        p.flags = c.isPromise ? 1 : 0;
        p.maxFee = c.maxFee;
        p.linkedTo = c.linkedTo;
        if (c.prob) p.odds = OddsParams({beacon: beacon, period: c.period, pEscalate: c.pE, pTerminate: c.pT});
        if (c.funded) {
            p.funding = FundingParams({
                cap: c.capParam,
                backersRoot: c.list ? merkleRoot : bytes32(0),
                gatherUntil: c.gatherUntil,
                minPledgers: c.minPledgers,
                minTotal: c.minTotal
            });
        }
        p.terms = "invariant handler terms";
    }

    /// @dev The cap `initFunding` must store: the maker's cap, lowered to the engagement's maxStake.
    function _effectiveCap(C memory c) internal pure returns (uint96 cap) {
        if (!c.funded) return 0;
        cap = c.capParam;
        uint96 max = c.e.maxStake;
        if (max != 0 && (cap == 0 || cap > max)) cap = max;
    }

    /// @dev Whether the create must succeed, by ILevetrage.create's requirements.
    function _createValid(C memory c) internal view returns (bool engOk, bool ok) {
        bool canEscalate = c.prob || c.action == Action.Escalate;
        engOk = canEscalate ? (!c.mustFail && c.eng != 0 && _engValid(c.eng, c)) : true;
        ok = engOk;
        uint96 fee = gFee[c.prob ? 1 : 0];
        if (fee > c.maxFee || nash.balanceOf(c.caller) < fee) ok = false;
        if (c.linkedTo != 0 && c.linkedTo >= registry.nextId()) ok = false;
        if (c.stake == 0 && (!c.isPromise || canEscalate)) ok = false;
        if (c.funded) {
            uint96 cap = _effectiveCap(c);
            if (cap < c.stake || (c.pool && c.minTotal > cap)) ok = false;
        }
    }

    function _create(C memory c) internal returns (uint256 id) {
        if (ids.length >= MAX_THREATS) return 0;
        (bool engOk, bool expected) = _createValid(c);
        ThreatParams memory p = _threatParams(c);
        uint256 nextId = registry.nextId();
        uint256 supply = nash.totalSupply();
        uint256 balance = address(registry).balance;
        vm.deal(c.caller, c.caller.balance + c.stake);
        vm.prank(c.caller);
        try registry.create{value: c.stake}(p, c.e, c.sig) returns (uint256 got) {
            id = got;
        } catch {
            if (expected) _fail(9, "create reverted although every requirement holds");
            _count("create.reverted");
            return 0;
        }
        _count("create.ok");
        if (!engOk) _failId(7, "create accepted an engagement the provider did not give for it", id);
        else if (!expected) _failId(9, "create succeeded against its requirements", id);
        if (id != nextId) _failId(9, "create: unexpected id", id);
        if (supply - nash.totalSupply() != gFee[c.prob ? 1 : 0]) _failId(9, "create burned another fee", id);
        if (address(registry).balance != balance + c.stake) _failId(1, "create: registry did not take the stake", id);
        _record(id, c);
        if (c.eng != 0 && engOk) _useEngagement(c.eng, c.sig);
        Threat memory t = _threat(id);
        if (t.status != (c.pool ? Status.Gathering : Status.Live)) _failId(9, "create: initial status", id);
    }

    function _record(uint256 id, C memory c) internal {
        ids.push(id);
        G storage t = g[id];
        t.maker = c.caller;
        t.beneficiary = c.beneficiary;
        t.resolver = c.resolver;
        bool canEscalate = c.prob || c.action == Action.Escalate;
        t.provider = canEscalate ? c.e.provider : address(0);
        t.action = c.action;
        t.prob = c.prob;
        t.pool = c.pool;
        t.isPromise = c.isPromise;
        t.funded = c.funded;
        t.listed = c.list;
        t.deadline = c.deadline;
        t.start = uint40(block.timestamp);
        t.period = c.period;
        t.pE = c.pE;
        t.pT = c.pT;
        t.gatherUntil = c.gatherUntil;
        t.cap = _effectiveCap(c);
        t.minPledgers = c.minPledgers;
        t.minTotal = c.minTotal;
        t.eng = canEscalate ? c.eng : 0;
        t.status = c.pool ? Status.Gathering : Status.Live;
        t.putOwn = c.stake;
    }

    /*//////////////////////////////////////////////////////////////
                              CREATE ACTIONS
    //////////////////////////////////////////////////////////////*/

    function createCommitment(uint256 seed) external {
        _begin("createCommitment");
        C memory c = _base(seed);
        if (_rand(seed, "funded") % 3 == 0) _backerFunding(c, seed);
        if (c.action == Action.Escalate) _attachEngagement(c, _rand(seed, "attach"));
        _create(c);
    }

    function createProbabilistic(uint256 seed) external {
        _begin("createProbabilistic");
        C memory c = _base(seed);
        c.prob = true;
        _oddsOnly(c, seed);
        _period(c, _rand(seed, "period"));
        if (_rand(seed, "funded") % 3 == 0) _backerFunding(c, seed);
        _attachEngagement(c, _rand(seed, "attach"));
        _create(c);
    }

    function createPool(uint256 seed) external {
        _begin("createPool");
        C memory c = _base(seed);
        _poolFunding(c, seed);
        if (_rand(seed, "prob") % 2 == 0) {
            c.prob = true;
            _oddsOnly(c, seed);
            _period(c, _rand(seed, "period"));
        }
        if (c.prob || c.action == Action.Escalate) _attachEngagement(c, _rand(seed, "attach"));
        _create(c);
    }

    function createPromise(uint256 seed) external {
        _begin("createPromise");
        C memory c = _base(seed);
        c.isPromise = true;
        uint256 r = _rand(seed, "promise");
        if (r % 3 == 0) _poolFunding(c, seed);
        else if (r % 3 == 1) _backerFunding(c, seed);
        if (r % 2 == 0) {
            c.prob = true;
            _oddsOnly(c, seed);
            _period(c, _rand(seed, "period"));
        }
        bool canEscalate = c.prob || c.action == Action.Escalate;
        if (!canEscalate && r % 5 < 2) {
            c.stake = 0; // a promise that cannot escalate may have no stake
            if (c.funded && c.capParam == 0) c.capParam = 1 ether;
        }
        if (canEscalate) _attachEngagement(c, _rand(seed, "attach"));
        _create(c);
    }

    /// @dev Escalating threats with engagements the provider never gave for them: another maker's engagement
    /// and signature, a signature by the wrong key, an engagement never accepted on chain with an empty
    /// signature, no provider at all, terms changed after signing; or a stored engagement that may be used up,
    /// revoked or expired (the ghost decides).
    function createWithForeignEngagement(uint256 seed) external {
        _begin("createForeign");
        C memory c = _base(seed);
        if (seed % 2 == 0) {
            c.prob = true;
            _oddsOnly(c, seed);
            _period(c, _rand(seed, "period"));
        } else {
            c.action = Action.Escalate;
        }
        uint256 mode = _rand(seed, "mode") % 6;
        if (mode == 5) {
            if (engs.length == 0) return;
            _createWith(_revokedEngagement(_rand(seed, "pick")), seed); // prefer one revoked or used up
            return;
        }
        _attachEngagement(c, _rand(seed, "attach"));
        if (c.eng == 0) return;
        c.mustFail = true;
        Eng storage x = engs[c.eng - 1];
        if (mode == 0) {
            // an impostor replays the maker's engagement and signature (the copied-agreement spoof)
            c.caller = seed % 3 == 0 ? stranger : makers[(seed / 3) % makers.length];
            if (c.caller == c.maker) c.caller = makers[(seed / 3 + 1) % makers.length];
            c.beneficiary = c.caller;
            if (x.sig.length != 0) c.sig = x.sig;
        } else if (mode == 1) {
            // signed by another provider's key
            uint256 other = x.e.provider == providers[0] ? 1 : 0;
            c.sig = _signDigest(providerKeys[other], x.id);
        } else if (mode == 2) {
            if (x.onchain) return; // accepted on chain: an empty signature is right
            c.sig = "";
        } else if (mode == 3) {
            Engagement memory none;
            c.e = none;
            c.sig = "";
        } else {
            // the terms changed after signing (a larger cap, another agreement)
            if (x.sig.length == 0) return;
            c.e.maxStake = c.e.maxStake == 0 ? c.stake : 0;
            c.e.agreementHash = keccak256(abi.encode(c.e.agreementHash));
        }
        _create(c);
    }

    /// @dev A create that is valid in every respect but, perhaps, engagement `k` itself (its maker creates, a
    /// kind and a stake it accepts, no funding, no link): the ghost alone decides whether it must succeed.
    function _createWith(uint256 k, uint256 seed) internal {
        Eng storage x = engs[k - 1];
        C memory c = _base(seed);
        c.maker = x.e.maker;
        c.caller = x.e.maker;
        c.linkedTo = 0;
        c.maxFee = type(uint96).max;
        c.prob = x.e.kinds & 2 != 0 && (seed % 2 == 0 || x.e.kinds & 1 == 0);
        if (c.prob) {
            _oddsOnly(c, seed);
            _period(c, _rand(seed, "period"));
        } else {
            c.action = Action.Escalate;
        }
        uint256 span = x.e.maxStake == 0 ? 1 ether : uint256(x.e.maxStake) - x.e.minStake + 1;
        c.stake = uint96(x.e.minStake + _rand(seed, "stake") % span);
        if (c.stake == 0) c.stake = 1;
        c.eng = k;
        c.e = x.e;
        c.sig = x.onchain ? bytes("") : x.sig;
        _create(c);
    }

    /// @dev A 1-based index: two times in three an engagement whose nonce was revoked or consumed, or that was
    /// revoked (when there is one), else any.
    function _revokedEngagement(uint256 seed) internal view returns (uint256) {
        uint256 n = engs.length;
        if (seed % 3 != 0) {
            for (uint256 i; i < n; ++i) {
                uint256 k = (seed / 3 + i) % n;
                Engagement storage e = engs[k].e;
                if (gNonceRevoked[e.provider][e.nonce] || gRevokedEng[engs[k].id] || gNonceUsed[e.provider][e.nonce]) {
                    return k + 1;
                }
            }
        }
        return 1 + seed % n;
    }

    function _oddsOnly(C memory c, uint256 seed) internal pure {
        uint32[4] memory pe = [uint32(1), 10_000_000, 100_000_000, 300_000_000];
        uint32[4] memory pt = [uint32(0), 0, 50_000_000, 200_000_000];
        c.pE = pe[_rand(seed, "pE") % 4];
        c.pT = pt[_rand(seed, "pT") % 4];
    }

    function _begin(string memory name) internal virtual;
}
