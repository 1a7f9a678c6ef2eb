// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NashToken} from "../../../src/NashToken.sol";
import {ILevetrage} from "../../../src/interfaces/ILevetrage.sol";
import {Action, Availability, Engagement, Move, Status, Threat} from "../../../src/types/DataTypes.sol";
import {InvariantBeacon} from "../helpers/InvariantBeacon.sol";
import {RevertingReceiver} from "../helpers/Actors.sol";
import {HandlerBase} from "./HandlerBase.sol";
import {HandlerChecks} from "./HandlerChecks.sol";
import {HandlerCreate} from "./HandlerCreate.sol";

/// @notice The invariant suite's handler (Sablier style): bounded actions on the registry, the NASH token, the
/// test beacon and the clock, by a store of actors, with ghost state. Each action predicts from the documented
/// rules whether it must succeed and what it must do, runs it as the actor it belongs to, and compares; money
/// is followed as balance deltas (ETH + withdrawable) of the accounts involved.
contract RegistryHandler is HandlerCreate, HandlerChecks {
    constructor(
        ILevetrage registry_,
        NashToken nash_,
        InvariantBeacon beacon_,
        address feeController_,
        address excluder_,
        address firstHolder
    ) HandlerBase(registry_, nash_, beacon_, feeController_, excluder_, firstHolder) {}

    /*//////////////////////////////////////////////////////////////
                                 PLUMBING
    //////////////////////////////////////////////////////////////*/

    function _begin(string memory name) internal override {
        ++totalCalls;
        _count(name);
        _release();
    }

    function callsOf(string memory name) external view returns (uint256) {
        return calls[keccak256(bytes(name))];
    }

    /// @dev Three calls in four aim at a threat that is not final yet.
    function _pickId(uint256 seed) internal view returns (uint256) {
        uint256 n = ids.length;
        if (n == 0) return 0;
        seed = _rand(seed, "pick");
        uint256 start = seed % n;
        if ((seed >> 128) % 4 != 0) {
            for (uint256 i; i < n; ++i) {
                uint256 id = ids[(start + i) % n];
                if (_isActive(g[id].status)) return id;
            }
        }
        return ids[start];
    }

    uint8 internal constant OPEN = 0;
    uint8 internal constant LIVE_BEFORE_DEADLINE = 1;
    uint8 internal constant CLAIMED = 2;
    uint8 internal constant GATHERING = 3;
    uint8 internal constant FUNDED = 4;
    uint8 internal constant REFUNDABLE = 5;
    uint8 internal constant PROMISE = 6;

    function _matches(uint256 id, uint8 what) internal view returns (bool) {
        G storage t = g[id];
        Status s = t.status;
        // up to and including the deadline itself, where fulfil, hold and breach must start to revert
        if (what == LIVE_BEFORE_DEADLINE) return s == Status.Live && block.timestamp <= t.deadline;
        if (what == CLAIMED) return s == Status.Claimed;
        if (what == GATHERING) return s == Status.Gathering;
        if (what == FUNDED) return t.funded && _isActive(s);
        if (what == REFUNDABLE) return _isRefundable(s);
        if (what == PROMISE) return t.isPromise && _isActive(s);
        return _isActive(s);
    }

    /// @dev Three calls in four aim at a threat in the state `what` (when there is one), the rest at any threat.
    function _pickWhere(uint256 seed, uint8 what) internal view returns (uint256) {
        uint256 n = ids.length;
        if (n == 0) return 0;
        seed = _rand(seed, "pick"); // fuzz inputs are often 0, 1 or max: spread them
        uint256 start = seed % n;
        if ((seed >> 128) % 4 != 0) {
            for (uint256 i; i < n; ++i) {
                uint256 id = ids[(start + i) % n];
                if (_matches(id, what)) return id;
            }
        }
        return ids[start];
    }

    /// @dev Money of the accounts a call on threat `id` can pay, before the call.
    struct Snap {
        uint256 ben;
        uint256 prov;
        uint256 caller;
        uint256 nashBal;
        uint256 fees;
        uint256 requests;
        uint48 lastTicket;
    }

    function _snap(uint256 id, address caller) internal view returns (Snap memory s) {
        G storage t = g[id];
        s.ben = _value(t.beneficiary);
        s.prov = t.provider == address(0) ? 0 : _value(t.provider);
        s.caller = caller == address(0) ? 0 : _value(caller);
        s.nashBal = address(nash).balance;
        s.fees = beacon.feesTaken();
        s.requests = beacon.requests();
        s.lastTicket = beacon.lastTicket();
    }

    /// @dev Books what a call did to threat `id`: status moves (inv 8), payments (inv 1, 2, 7).
    function _after(uint256 id, Snap memory s) internal {
        G storage t = g[id];
        uint256 ben = _value(t.beneficiary);
        uint256 prov = t.provider == address(0) ? 0 : _value(t.provider);
        uint256 nashBal = address(nash).balance;
        if (ben < s.ben) _failId(1, "the beneficiary lost ETH to a call", id);
        if (prov < s.prov) _failId(1, "the provider lost ETH to a call", id);
        if (nashBal < s.nashBal) _failId(1, "NASH lost ETH to a registry call", id);
        _observe(id, _sub(ben, s.ben), _sub(prov, s.prov), _sub(nashBal, s.nashBal));
    }

    function _statusName(Status s) internal pure returns (string memory) {
        string[9] memory names =
            ["None", "Gathering", "Live", "Claimed", "Fulfilled", "Refunded", "Escalated", "Forfeited", "Cancelled"];
        return string.concat("status.", names[uint8(s)]);
    }

    function _forward(Status a, Status b) internal pure returns (bool) {
        if (uint8(a) >= uint8(Status.Fulfilled) || b == Status.None || b == Status.Gathering) return false;
        if (b == Status.Cancelled) return a == Status.Gathering;
        if (b == Status.Claimed) return a == Status.Live;
        if (b == Status.Live) return a == Status.Gathering || a == Status.Claimed;
        return true;
    }

    /// @dev Compares the registry's threat with the ghost and books a move (dBen/dProv/dNash: what the
    /// beneficiary, the provider and NASH received during the call).
    function _observe(uint256 id, uint256 dBen, uint256 dProv, uint256 dNash) internal {
        G storage t = g[id];
        Threat memory th = _threat(id);
        Status prev = t.status;
        Status cur = th.status;
        if (th.settledPeriods < t.settled) _failId(8, "settled periods decreased", id);
        t.settled = th.settledPeriods;
        bool moved = cur != prev;
        if (moved) {
            if (!_forward(prev, cur)) _failId(8, "status moved backwards or sideways", id);
            if (prev == Status.Claimed) {
                uint256 end = block.timestamp < t.holdUntil ? block.timestamp : t.holdUntil;
                if (end > t.holdSince) t.holdUsed += end - t.holdSince;
                t.holdSince = 0;
                t.holdUntil = 0;
            }
            if (_isTerminal(cur) && ++t.terminals > 1) _failId(8, "a second terminal outcome", id);
            t.status = cur;
            _count(_statusName(cur));
        }
        if (dBen != 0 || dProv != 0 || dNash != 0) {
            if (++t.payouts > 1) _failId(8, "a threat paid out twice", id);
            if (!moved || !_isTerminal(cur)) _failId(8, "a payout without a terminal outcome", id);
        }
        if (!moved || !_isTerminal(cur)) return;

        if (cur == Status.Escalated) _checkEscalation(id, th, dProv);
        else if (dProv != 0) _failId(7, "the provider was paid without an escalation", id);

        if (cur == Status.Forfeited) {
            if (dNash != th.stake) _failId(1, "a forfeit did not send the whole stake to NASH", id);
            t.forfeitedPaid = dNash;
            _distributed(dNash);
        } else if (dNash != 0) {
            _failId(1, "ETH reached NASH without a forfeit", id);
        }

        if (_isRefundable(cur)) {
            t.outOwn += dBen;
            if (dBen != th.stake - _backed(id)) {
                _failId(2, "the beneficiary's refund is not the maker's own share", id);
            }
        } else if (dBen != 0) {
            _failId(2, "the beneficiary was paid on an escalation or forfeit", id);
        }
    }

    /// @dev Inv 7: an escalation pays exactly the stake to the provider of an engagement it signed or accepted for
    /// this threat, within the engagement's stake bounds.
    function _checkEscalation(uint256 id, Threat memory th, uint256 dProv) internal {
        G storage t = g[id];
        t.escalatedPaid = dProv;
        if (!(t.prob || t.action == Action.Escalate)) _failId(7, "a threat that cannot escalate escalated", id);
        if (th.engagementId == bytes32(0) || t.eng == 0) {
            _failId(7, "escalated without an engagement", id);
            return;
        }
        Eng storage x = engs[t.eng - 1];
        if (th.engagementId != x.id || !gKnownEngagement[th.engagementId]) {
            _failId(7, "escalated under an engagement the provider never gave", id);
        }
        if (th.provider != x.e.provider) _failId(7, "escalated to another provider than the engagement's", id);
        if (dProv != th.stake) _failId(7, "the provider did not receive exactly the stake", id);
        if (th.stake < x.e.minStake || (x.e.maxStake != 0 && th.stake > x.e.maxStake)) {
            _failId(7, "escalated a stake outside the engagement's bounds", id);
        }
    }

    /*//////////////////////////////////////////////////////////////
                             SETTLE (inv 3)
    //////////////////////////////////////////////////////////////*/

    struct Pre {
        Status status;
        uint96 stake;
        uint24 settled;
        uint24 pending;
        uint48 word;
        Availability avail;
        bytes32 value;
        bool callOk; // the beacon's request call succeeds
        bool usable; // ... and returns a usable ticket
        uint256 fee;
        uint256 sent;
    }

    struct Pred {
        bool ok;
        Status status;
        uint24 settled;
        uint24 pending;
        bool attempt; // a beacon request is made
        bool fresh; // a usable ticket is stored
        uint8 lapses;
    }

    function _pre(uint256 id) internal view returns (Pre memory p) {
        Threat memory th = _threat(id);
        p.status = th.status;
        p.stake = th.stake;
        p.settled = th.settledPeriods;
        p.pending = th.pendingThrough;
        p.word = th.ticket;
        uint48 ticket = uint48(th.ticket & MASK40);
        p.avail = beacon.availabilityOf(ticket);
        p.value = beacon.valueOf(ticket);
        p.callOk = !beacon.failRequests();
        p.usable = !beacon.hugeTickets();
        p.fee = beacon.fee();
    }

    /// @dev What `settle` must do, by the rules of ILevetrage.settle and docs/contracts.md, from the pre-state and
    /// the ghost (start, deadline, period, odds, hold end, lapse count; the draw rule written out here).
    function _predictSettle(uint256 id, Pre memory p) internal view returns (Pred memory r) {
        G storage t = g[id];
        r.status = p.status;
        r.settled = p.settled;
        r.pending = p.pending;
        if (p.status == Status.Gathering) {
            if (block.timestamp > t.gatherUntil) {
                r.ok = true;
                r.status = Status.Cancelled;
            }
            return r;
        }
        bool held;
        if (p.status == Status.Claimed) {
            if (block.timestamp >= t.holdUntil) r.status = Status.Live;
            else held = true;
        } else if (p.status != Status.Live) {
            return r;
        }
        if (!t.prob) {
            if (held || block.timestamp < t.deadline) return r;
            r.ok = true;
            r.status = _timeoutStatus(t, p.stake);
            return r;
        }
        bool progressed;
        if (p.pending > p.settled) {
            if (p.avail == Availability.Pending) return r;
            if (p.avail == Availability.Lapsed) {
                if (t.lapses < MAX_LAPSES) {
                    r.attempt = true;
                    if (p.sent < p.fee) return r;
                    r.ok = true;
                    if (p.callOk && p.usable) {
                        r.fresh = true;
                        r.lapses = t.lapses + 1;
                    } else {
                        r.pending = p.settled;
                    }
                    r.status = held ? Status.Claimed : Status.Live;
                    return r;
                }
                r.settled = p.pending; // neutral after MAX_LAPSES lapses in a row
            } else {
                for (uint24 k = p.settled + 1; k <= p.pending; ++k) {
                    uint8 o = _outcome(p.value, id, k, t.pE, t.pT);
                    if (o != 0) {
                        r.ok = true;
                        r.settled = k;
                        r.status = o == 1 ? Status.Escalated : Status.Refunded;
                        return r;
                    }
                }
                r.settled = p.pending;
            }
            r.pending = r.settled;
            progressed = true;
        }
        if (held) {
            if (!progressed) return r;
            r.ok = true;
            r.status = Status.Claimed;
            return r;
        }
        uint256 due = _due(t);
        if (due > r.settled) {
            uint24 through = uint24(due - r.settled > MAX_DRAWS ? r.settled + MAX_DRAWS : due);
            r.attempt = true;
            if (p.sent < p.fee) return r;
            r.ok = true;
            r.status = Status.Live;
            if (p.callOk && p.usable) {
                r.fresh = true;
                r.pending = through;
                return r;
            }
            r.pending = r.settled;
            if (block.timestamp < uint256(t.deadline) + GRACE) return r;
            r.settled = through; // refused past the grace time: neutral
            r.pending = through;
            if (through < due) return r;
        }
        if (block.timestamp >= t.deadline) {
            r.ok = true;
            r.status = _timeoutStatus(t, p.stake);
            return r;
        }
        if (progressed) {
            r.ok = true;
            r.status = Status.Live;
        }
    }

    function _settle(uint256 id, address caller, uint256 extraSeed) internal {
        Pre memory p = _pre(id);
        p.sent = p.fee + (extraSeed % 3 == 0 ? extraSeed % 1e15 : 0);
        if (p.fee > 0 && extraSeed % 11 == 0) p.sent = p.fee - 1;
        Pred memory r = _predictSettle(id, p);
        vm.deal(caller, caller.balance + p.sent);
        Snap memory s = _snap(id, caller);
        bool ok;
        vm.prank(caller);
        try registry.settle{value: p.sent}(id, "") returns (Status) {
            ok = true;
        } catch {}
        _count(ok ? "settle.ok" : "settle.reverted");
        _checkSettle(id, p, r, s, ok, caller);
    }

    function _checkSettle(uint256 id, Pre memory p, Pred memory r, Snap memory s, bool ok, address caller) internal {
        G storage t = g[id];
        if (ok != r.ok) {
            _failId(
                3,
                ok
                    ? "settle succeeded where the rules make it revert"
                    : "settle reverted where the rules let it proceed",
                id
            );
        }
        uint256 feeSpent = _sub(beacon.feesTaken(), s.fees);
        if (_value(caller) + feeSpent != s.caller) {
            _failId(1, "settle: the caller did not get back what the beacon did not take", id);
        }
        if (!ok || !r.ok) {
            _after(id, s);
            return;
        }
        Threat memory th = _threat(id);
        if (th.status != r.status) {
            _failId(3, "settle: the status is not the draw rule's, the lapse rule's or the timeout action's", id);
        }
        if (t.prob && th.settledPeriods != r.settled) {
            _failId(3, "settle: settled periods differ from the draw/lapse/grace rules", id);
        }
        if (_isActive(r.status) && th.pendingThrough != r.pending) _failId(3, "settle: requested periods differ", id);
        uint256 expectedRequests = r.attempt && p.callOk ? 1 : 0;
        if (_sub(beacon.requests(), s.requests) != expectedRequests) _failId(3, "settle: beacon requests differ", id);
        if (feeSpent != expectedRequests * p.fee) _failId(1, "settle: the beacon took another fee", id);
        if (r.attempt) _count(r.fresh ? "draw.requested" : "draw.refused");
        if (t.prob && th.settledPeriods > p.settled && p.avail != Availability.Ready) _count("draw.neutralized");
        if (p.pending > p.settled && p.avail == Availability.Lapsed) _count("draw.lapsed");
        if (p.pending > p.settled && p.avail == Availability.Ready) _count("draw.ready");
        if (r.fresh) {
            uint48 last = beacon.lastTicket();
            if (last != s.lastTicket + 1 || (th.ticket & MASK40) != last || (th.ticket >> 40) != r.lapses) {
                _failId(3, "settle: the stored ticket or lapse count is wrong", id);
            }
            t.lapses = r.lapses;
        } else {
            t.lapses = 0;
        }
        _after(id, s);
    }

    /// @dev Settles a threat; two calls in three aim at one the rules let settle progress now.
    function settle(uint256 idSeed, uint256 callerSeed, uint256 extraSeed) external {
        _begin("settle");
        uint256 id = _rand(idSeed, "what") % 3 == 0 ? _pickId(idSeed) : _pickSettleable(idSeed);
        if (id != 0) _settle(id, keepers[callerSeed % keepers.length], extraSeed);
    }

    function _pickSettleable(uint256 seed) internal view returns (uint256) {
        uint256 n = ids.length;
        seed = _rand(seed, "pick");
        for (uint256 i; i < n; ++i) {
            uint256 id = ids[(seed % n + i) % n];
            if (!_isActive(g[id].status)) continue;
            Pre memory p = _pre(id);
            p.sent = p.fee;
            if (_predictSettle(id, p).ok) return id;
        }
        return _pickId(seed);
    }

    /// @dev The beacon answers the first pending ticket of some threat: a value chosen to give outcome `mode` (0
    /// continue, 1 escalate, 2 terminate) for the first pending period when a few candidates allow, or a random
    /// value (3), or the ticket lapses (4), or becomes determined without a value yet, and the resolver tries to
    /// fulfil (5). Then, mostly, someone settles.
    function drawAndSettle(uint256 idSeed, uint8 mode, uint256 valueSeed) external {
        _begin("drawAndSettle");
        mode %= 6;
        uint256 id = _pickPending(idSeed, mode == 5 && valueSeed % 2 == 0);
        address keeper_ = keepers[valueSeed % keepers.length];
        if (id == 0) {
            id = _pickSettleable(idSeed);
            if (id != 0) _settle(id, keeper_, valueSeed >> 8);
            return;
        }
        Threat memory th = _threat(id);
        uint48 ticket = uint48(th.ticket & MASK40);
        if (mode == 4) {
            beacon.setLapsed(ticket);
        } else if (mode == 5) {
            beacon.setDetermined(ticket);
            if (g[id].isPromise && (valueSeed >> 1) % 2 == 0) _breach(id, g[id].resolver);
            else _fulfil(id, g[id].resolver);
            return;
        } else {
            beacon.setReady(ticket, _valueFor(id, th.settledPeriods + 1, mode, valueSeed));
        }
        if (valueSeed % 4 != 0) _settle(id, keeper_, valueSeed >> 8);
    }

    function _valueFor(uint256 id, uint256 period, uint8 want, uint256 seed) internal view returns (bytes32 value) {
        value = keccak256(abi.encode("value", seed));
        if (want > 2) return value;
        G storage t = g[id];
        for (uint256 i; i < 48; ++i) {
            bytes32 v = keccak256(abi.encode("value", seed, i));
            if (_outcome(v, id, period, t.pE, t.pT) == want) return v;
        }
    }

    /// @dev A threat with a pending draw whose ticket is still Pending at the beacon.
    /// @dev A threat with a pending draw whose ticket is still Pending at the beacon (a promise first, if asked).
    function _pickPending(uint256 seed, bool promiseFirst) internal view returns (uint256 found) {
        uint256 n = ids.length;
        seed = _rand(seed, "pick");
        for (uint256 i; i < n; ++i) {
            uint256 id = ids[(seed % n + i) % n];
            Threat memory th = _threat(id);
            if (!_isActive(th.status) || th.pendingThrough <= th.settledPeriods) continue;
            if (beacon.availabilityOf(uint48(th.ticket & MASK40)) != Availability.Pending) continue;
            if (!promiseFirst || g[id].isPromise) return id;
            if (found == 0) found = id;
        }
    }

    /// @dev The beacon lets a pending ticket lapse, or fixes it as determined without a value yet.
    function beaconLapseOrDetermine(uint256 idSeed, bool lapse) external {
        _begin("beaconLapseOrDetermine");
        uint256 id = _pickPending(idSeed, false);
        if (id == 0) return;
        uint48 ticket = uint48(_threat(id).ticket & MASK40);
        if (lapse) beacon.setLapsed(ticket);
        else beacon.setDetermined(ticket);
    }

    /// @dev The beacon starts or stops refusing requests, answering unusable tickets, or changes its fee.
    function beaconControl(uint8 mode, uint256 x) external {
        _begin("beaconControl");
        mode %= 8;
        if (mode < 3) beacon.setFailRequests(mode == 0);
        else if (mode == 3) beacon.setHugeTickets(x % 2 == 0);
        else beacon.setFee(mode == 4 ? 0 : x % 1e15);
    }

    /*//////////////////////////////////////////////////////////////
                        RESOLVER ACTIONS (inv 4, 8)
    //////////////////////////////////////////////////////////////*/

    function _caller(uint256 id, uint256 seed) internal view returns (address) {
        seed = _rand(seed, "caller");
        if (seed % 6 != 0) return g[id].resolver;
        return seed % 12 == 0 ? g[id].maker : stranger;
    }

    function _determined(Threat memory th) internal view returns (bool) {
        return th.pendingThrough > th.settledPeriods && beacon.isDetermined(uint48(th.ticket & MASK40));
    }

    /// @dev The deadline rule of fulfil (and breach): Live (or gathering) before the deadline, or Claimed while
    /// the hold (begun before the deadline) runs, by the ghost's record of the hold.
    function _decidable(uint256 id, bool gathering) internal view returns (bool) {
        G storage t = g[id];
        Status s = t.status;
        if (s == Status.Live || (gathering && s == Status.Gathering)) return block.timestamp < t.deadline;
        // Claimed: until the hold ends or the deadline, whichever is later (a hold that ran out before the
        // deadline leaves the threat as decidable as a live one; LevetrageBase._requireDecidable)
        if (s == Status.Claimed) return block.timestamp < t.holdUntil || block.timestamp < t.deadline;
        return false;
    }

    function fulfil(uint256 idSeed, uint256 callerSeed) external {
        _begin("fulfil");
        uint256 id = _pickWhere(idSeed, _rand(idSeed, "what") % 3 == 0 ? CLAIMED : LIVE_BEFORE_DEADLINE);
        if (id != 0) _fulfil(id, _caller(id, callerSeed));
    }

    function _fulfil(uint256 id, address caller) internal {
        G storage t = g[id];
        Threat memory th = _threat(id);
        bool timeOk = _decidable(id, true);
        bool determined = _determined(th);
        bool expected = caller == t.resolver && timeOk && !determined;
        Snap memory s = _snap(id, caller);
        bool ok;
        vm.prank(caller);
        try registry.fulfil(id, keccak256("evidence")) {
            ok = true;
        } catch {}
        _count(ok ? "fulfil.ok" : "fulfil.reverted");
        if (ok) {
            if (caller != t.resolver) _failId(4, "fulfil by an account that is not the resolver", id);
            if (!timeOk) _failId(4, "fulfil after the deadline without a running hold", id);
            if (determined) _failId(4, "fulfil pre-empted a determined draw", id);
            if (_threat(id).status != Status.Fulfilled) _failId(9, "fulfil did not fulfil", id);
        } else if (expected) {
            _failId(9, "fulfil reverted although allowed", id);
        }
        _after(id, s);
    }

    function hold(uint256 idSeed, uint256 durationSeed, uint256 callerSeed) external {
        _begin("hold");
        uint256 id = _pickWhere(idSeed, _rand(idSeed, "what") % 3 == 0 ? CLAIMED : LIVE_BEFORE_DEADLINE);
        if (id == 0) return;
        uint32 duration = _rand(durationSeed, "zero") % 9 == 0 ? 0 : uint32(_bound(durationSeed, 1, 40 days));
        _hold(id, _caller(id, callerSeed), duration);
    }

    /// @dev A resolver's claim cycle on one threat: a hold, time passing, then the claim fails (release), runs
    /// out (nothing), or is decided while held (fulfil, or breach of a promise), and a new hold is asked for.
    function holdCycle(uint256 idSeed, uint256 first, uint256 gap, uint256 second, uint8 mode) external {
        _begin("holdCycle");
        uint256 id = _pickWhere(idSeed, LIVE_BEFORE_DEADLINE);
        if (id == 0) return;
        address resolver = g[id].resolver;
        _hold(id, resolver, uint32(_bound(first, 1, 31 days)));
        vm.warp(block.timestamp + _bound(gap, 1, 20 days));
        mode %= 3;
        if (mode == 0) {
            _releaseHold(id, resolver);
        } else if (mode == 2) {
            if (g[id].isPromise && gap % 2 == 0) _breach(id, resolver);
            else _fulfil(id, resolver);
        }
        _hold(id, resolver, uint32(_bound(second, 1, 31 days)));
    }

    function _hold(uint256 id, address caller, uint32 duration) internal {
        G storage t = g[id];
        (bool expected, uint256 until, bool reopened) = _predictHold(id, caller, duration);
        Snap memory s = _snap(id, caller);
        Status before = t.status;
        vm.prank(caller);
        try registry.hold(id, duration) returns (uint40 got) {
            _count("hold.ok");
            if (!expected) {
                bool running = before == Status.Claimed && block.timestamp < t.holdUntil;
                _failId(block.timestamp >= t.deadline && !running ? 4 : 8, "hold succeeded against its rules", id);
            }
            _after(id, s);
            if (reopened) {
                t.holdUsed += t.holdUntil - t.holdSince;
                t.holdSince = uint40(block.timestamp);
            } else if (before != Status.Claimed) {
                t.holdSince = uint40(block.timestamp);
            }
            t.holdUntil = got;
            if (t.holdUsed + _sub(got, t.holdSince) > MAX_HOLD) {
                _failId(8, "holds last longer than MAX_HOLD in total", id);
            }
            if (got != until) _failId(8, "hold: the end differs from the budget rule", id);
            if (t.holdSince >= t.deadline) _failId(4, "a hold begun at or after the deadline", id);
        } catch {
            _count("hold.reverted");
            if (expected) _failId(9, "hold reverted although allowed", id);
            _after(id, s);
        }
    }

    function _predictHold(uint256 id, address caller, uint32 duration)
        internal
        view
        returns (bool ok, uint256 until, bool reopened)
    {
        G storage t = g[id];
        if (caller != t.resolver || duration == 0) return (false, 0, false);
        Status s = t.status;
        uint256 since = t.holdSince;
        uint256 used = t.holdUsed;
        until = t.holdUntil;
        if (s == Status.Claimed && block.timestamp >= until) {
            used += until - since;
            s = Status.Live;
            reopened = true;
        }
        if (s == Status.Live) {
            if (block.timestamp >= t.deadline) return (false, 0, false);
            since = block.timestamp;
            until = block.timestamp;
        } else if (s != Status.Claimed) {
            return (false, 0, false);
        }
        uint256 spent = used + (block.timestamp - since);
        if (spent >= MAX_HOLD) return (false, 0, false);
        uint256 left = MAX_HOLD - spent;
        uint256 end = block.timestamp + (duration < left ? duration : left);
        if (end > until) until = end;
        ok = true;
    }

    function release(uint256 idSeed, uint256 callerSeed) external {
        _begin("release");
        uint256 id = _pickWhere(idSeed, CLAIMED);
        if (id != 0) _releaseHold(id, _caller(id, callerSeed));
    }

    function _releaseHold(uint256 id, address caller) internal {
        G storage t = g[id];
        bool expected = caller == t.resolver && t.status == Status.Claimed;
        Snap memory s = _snap(id, caller);
        bool ok;
        vm.prank(caller);
        try registry.release(id) {
            ok = true;
        } catch {}
        if (ok && !expected) _failId(8, "release succeeded against its rules", id);
        if (!ok && expected) _failId(9, "release reverted although allowed", id);
        if (ok && _threat(id).status != Status.Live) _failId(8, "release did not make the threat Live", id);
        _after(id, s);
    }

    /// @dev breach: ILevetrage says "the threat is a promise, Live or Claimed" (so not a gathering pool), with the
    /// deadline rule of fulfil; like fulfil it may not pre-empt a determined draw (docs/contracts.md ordering
    /// rules: "a fixed draw cannot be pre-empted").
    function breach(uint256 idSeed, uint256 callerSeed) external {
        _begin("breach");
        uint256 id = _pickWhere(idSeed, PROMISE);
        if (id != 0) _breach(id, _caller(id, callerSeed));
    }

    function _breach(uint256 id, address caller) internal {
        G storage t = g[id];
        Threat memory th = _threat(id);
        bool determined = _determined(th);
        bool expected = caller == t.resolver && t.isPromise && _decidable(id, false) && !determined;
        Status want = _timeoutStatus(t, th.stake);
        Status before = t.status;
        Snap memory s = _snap(id, caller);
        bool ok;
        vm.prank(caller);
        try registry.breach(id, keccak256("broken")) returns (Status) {
            ok = true;
        } catch {}
        _count(ok ? "breach.ok" : "breach.reverted");
        if (ok) {
            if (caller != t.resolver || !t.isPromise) {
                _failId(9, "breach by a non-resolver or of a threat that is no promise", id);
            }
            if (before == Status.Gathering) _failId(9, "breach decided a gathering pool (not Live or Claimed)", id);
            else if (!_decidable(id, false)) _failId(4, "breach after the deadline without a running hold", id);
            if (determined) _failId(4, "breach pre-empted a determined draw", id);
            if (_threat(id).status != want) _failId(3, "breach: the status is not the timeout action", id);
        } else if (expected) {
            _failId(9, "breach reverted although allowed", id);
        }
        _after(id, s);
    }

    /*//////////////////////////////////////////////////////////////
                        FUNDERS (inv 1, 2)
    //////////////////////////////////////////////////////////////*/

    function join(uint256 idSeed, uint256 funderSeed, uint256 amountSeed) external {
        _begin("join");
        uint256 id = _pickWhere(idSeed, _rand(idSeed, "what") % 2 == 0 ? GATHERING : FUNDED);
        if (id == 0) return;
        G storage t = g[id];
        funderSeed = _rand(funderSeed, "funder");
        address funder = backers[funderSeed % backers.length];
        uint256 amount = _bound(amountSeed, 1, 2 ether);
        bytes32[] memory proof = merkleProofOf[funder];
        if (funderSeed % 9 == 0) proof = merkleProofOf[backers[(funderSeed / 9) % 3]]; // someone else's proof
        bool proofOk = !t.listed
            || (isListed[funder] && keccak256(abi.encode(proof)) == keccak256(abi.encode(merkleProofOf[funder])));
        Threat memory th = _threat(id);
        bool open = (t.status == Status.Gathering && block.timestamp <= t.gatherUntil) || t.status == Status.Live
            || t.status == Status.Claimed;
        bool expected = open && t.cap != 0 && proofOk && th.stake + amount <= t.cap;
        vm.deal(funder, funder.balance + amount);
        uint256 balance = address(registry).balance;
        uint256 value = _value(funder);
        bool ok;
        vm.prank(funder);
        try registry.join{value: amount}(id, proof) {
            ok = true;
        } catch {}
        _count(ok ? "join.ok" : "join.reverted");
        if (ok) {
            if (!expected) _failId(9, "join succeeded against its rules (status, cap, allow-list)", id);
            put[id][funder] += amount;
            if (address(registry).balance != balance + amount) {
                _failId(1, "join: the registry did not take the amount", id);
            }
            if (_threat(id).stake != th.stake + amount) _failId(1, "join: the stake did not grow by the amount", id);
            if (_sub(value, _value(funder)) != amount) _failId(2, "join: the funder paid another amount", id);
        } else if (expected) {
            _failId(9, "join reverted although allowed", id);
        }
        _observe(id, 0, 0, 0);
    }

    function leave(uint256 idSeed, uint256 funderSeed) external {
        _begin("leave");
        uint256 id = _pickWhere(idSeed, GATHERING);
        if (id == 0) return;
        address funder = _funderOf(id, funderSeed);
        uint256 share = registry.shareOf(id, funder);
        bool expected = g[id].status == Status.Gathering && share > 0;
        uint256 value = _value(funder);
        bool ok;
        vm.prank(funder);
        try registry.leave(id) {
            ok = true;
        } catch {}
        if (ok) {
            if (!expected) _failId(9, "leave succeeded against its rules (a pool that is not gathering)", id);
            uint256 got = _sub(_value(funder), value);
            if (got != share) _failId(2, "leave: the funder did not get its pledge back", id);
            out[id][funder] += got;
            leftAmount[id][funder] += got;
        } else if (expected) {
            _failId(9, "leave reverted although allowed", id);
        }
        _observe(id, 0, 0, 0);
    }

    function activate(uint256 idSeed, uint256 callerSeed) external {
        _begin("activate");
        uint256 id = _pickWhere(idSeed, GATHERING);
        if (id == 0) return;
        G storage t = g[id];
        uint256 funders = t.putOwn > 0 ? 1 : 0;
        for (uint256 i; i < backers.length; ++i) {
            if (put[id][backers[i]] > out[id][backers[i]]) ++funders;
        }
        uint256 stake = _threat(id).stake;
        bool expected = t.status == Status.Gathering && block.timestamp <= t.gatherUntil && funders >= t.minPledgers
            && stake >= t.minTotal && stake > 0;
        bool ok;
        vm.prank(callerSeed % 2 == 0 ? keepers[0] : stranger);
        try registry.activate(id) {
            ok = true;
        } catch {}
        if (ok) {
            if (!expected) _failId(9, "activate succeeded against its thresholds", id);
            t.start = uint40(block.timestamp);
        } else if (expected) {
            _failId(9, "activate reverted although the thresholds are met", id);
        }
        _observe(id, 0, 0, 0);
    }

    function reclaim(uint256 idSeed, uint256 funderSeed) external {
        _begin("reclaim");
        uint256 id = _pickWhere(idSeed, REFUNDABLE);
        if (id != 0) _reclaim(id, _funderOf(id, funderSeed));
    }

    /// @dev Three times in four a backer that put ETH into threat `id` and has not taken it out (if any).
    function _funderOf(uint256 id, uint256 seed) internal view returns (address) {
        seed = _rand(seed, "funder");
        uint256 n = backers.length;
        if (seed % 4 != 0) {
            for (uint256 i; i < n; ++i) {
                address f = backers[(seed % n + i) % n];
                if (put[id][f] > out[id][f]) return f;
            }
        }
        return backers[seed % n];
    }

    function _reclaim(uint256 id, address funder) internal {
        uint256 share = registry.shareOf(id, funder);
        bool expected = _isRefundable(g[id].status) && share > 0;
        uint256 value = _value(funder);
        bool ok;
        vm.prank(funder);
        try registry.reclaim(id) returns (uint256) {
            ok = true;
        } catch {}
        if (ok) {
            if (!expected) _failId(2, "reclaim paid from a threat that escalated, forfeited or is still open", id);
            uint256 got = _sub(_value(funder), value);
            if (got != share) _failId(2, "reclaim: the funder did not get exactly its share", id);
            out[id][funder] += got;
        } else if (expected) {
            _failId(9, "reclaim reverted although the share is due", id);
        }
        _observe(id, 0, 0, 0);
    }

    function withdraw(uint256 actorSeed) external {
        _begin("withdraw");
        _withdraw(actors[actorSeed % actors.length]);
    }

    function _withdraw(address a) internal {
        uint256 due = registry.withdrawable(a);
        uint256 balance = a.balance;
        if (isContractActor[a]) RevertingReceiver(payable(a)).setAccepting(true);
        bool ok;
        vm.prank(a);
        try registry.withdraw() returns (uint256 amount) {
            ok = true;
            if (amount != due || a.balance != balance + due) {
                _fail(1, "withdraw did not pay exactly the withdrawable balance");
            }
            if (registry.withdrawable(a) != 0) _fail(1, "withdraw left a balance");
        } catch {}
        if (isContractActor[a]) RevertingReceiver(payable(a)).setAccepting(false);
        if (ok != (due > 0)) _fail(9, "withdraw: success differs from having a balance");
    }

    /*//////////////////////////////////////////////////////////////
              ENDGAME (property 6, not a fuzzed action)
    //////////////////////////////////////////////////////////////*/

    uint8 public constant BEACON_DEAD = 0; // refuses every request; every pending ticket lapses
    uint8 public constant BEACON_LAPSING = 1; // issues tickets, every one lapses
    uint8 public constant BEACON_LIVE = 2; // answers every ticket

    /// @notice Sets the beacon's behaviour for the endgame (called by the liveness check in a snapshot).
    function endgameBeacon(uint8 mode) external {
        beacon.setFailRequests(mode == BEACON_DEAD);
        beacon.setHugeTickets(false);
    }

    /// @notice One model-checked settle of threat `id` by a keeper, after the beacon answered its pending ticket
    /// the way `mode` says. Returns whether the threat is final.
    function endgameSettle(uint256 id, uint8 mode, uint256 round) external returns (bool final_) {
        _release();
        Threat memory th = _threat(id);
        if (!_isActive(th.status)) return true;
        if (th.pendingThrough > th.settledPeriods) {
            uint48 ticket = uint48(th.ticket & MASK40);
            if (beacon.availabilityOf(ticket) == Availability.Pending) {
                if (mode == BEACON_LIVE) beacon.setReady(ticket, keccak256(abi.encode(id, round, block.timestamp)));
                else beacon.setLapsed(ticket);
            }
        }
        _settle(id, keepers[round % keepers.length], 1);
        return !_isActive(_threat(id).status);
    }

    /// @notice Every funder reclaims every share due, and every account withdraws (model-checked).
    function endgameDrain() external {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            if (!_isRefundable(g[id].status)) continue;
            for (uint256 j; j < backers.length; ++j) {
                if (registry.shareOf(id, backers[j]) != 0) _reclaim(id, backers[j]);
            }
        }
        for (uint256 j; j < actors.length; ++j) {
            if (registry.withdrawable(actors[j]) != 0) _withdraw(actors[j]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                           ENGAGEMENT ACTIONS
    //////////////////////////////////////////////////////////////*/

    function newEngagement(uint256 seed) external {
        _begin("newEngagement");
        address maker = makers[seed % makers.length];
        uint96 minStake = seed % 3 == 0 ? uint96(_rand(seed, "min") % 2 ether) : 0;
        uint96 maxStake = seed % 2 == 0 ? 0 : minStake + uint96(_rand(seed, "max") % 6 ether);
        uint8 kinds = uint8(1 + _rand(seed, "kinds") % 3);
        _newEngagement(_rand(seed, "provider") % 3, maker, minStake, maxStake, kinds, _rand(seed, "eng"));
    }

    /// @dev The provider revokes an engagement (signed or accepted), or one of its nonces.
    function revoke(uint256 seed, bool byNonce) external {
        _begin("revoke");
        if (engs.length == 0) return;
        uint256 k = seed % engs.length;
        if (byNonce) {
            // mostly an engagement accepted on chain: its nonce was consumed at acceptance
            for (uint256 i; i < engs.length && _rand(seed, "onchain") % 3 != 0; ++i) {
                uint256 j = (seed % engs.length + i) % engs.length;
                if (engs[j].onchain && gAccepted[engs[j].id] > 0) {
                    k = j;
                    break;
                }
            }
        }
        Eng storage x = engs[k];
        Engagement memory e = x.e;
        vm.prank(e.provider);
        if (byNonce) {
            registry.revokeNonce(e.nonce);
            gNonceRevoked[e.provider][e.nonce] = true;
        } else {
            registry.revokeEngagement(e);
            gRevokedEng[x.id] = true;
            gAccepted[x.id] = 0;
        }
        gNonceUsed[e.provider][e.nonce] = true;
        // The maker tries the engagement right after: it must no longer back a threat.
        if (_rand(seed, "retry") % 2 == 0) _createWith(k + 1, _rand(seed, "create"));
    }

    /*//////////////////////////////////////////////////////////////
                         NASH ACTIONS (inv 1, 5)
    //////////////////////////////////////////////////////////////*/

    function nashTransfer(uint256 fromSeed, uint256 toSeed, uint256 amountSeed, bool roundTrip) external {
        _begin("nashTransfer");
        address from = holders[fromSeed % holders.length];
        address to = holders[toSeed % holders.length];
        uint256 balance = nash.balanceOf(from);
        uint256 amount = _bound(amountSeed, 0, balance / 2);
        if (toSeed % 17 == 0) {
            // NASH can never go to the registry or to the token itself (they could never claim)
            address bad = toSeed % 2 == 0 ? address(registry) : address(nash);
            vm.prank(from);
            try nash.transfer(bad, amount) {
                _fail(5, "NASH moved to an account that can never claim");
            } catch {}
            return;
        }
        vm.prank(from);
        nash.transfer(to, amount);
        if (roundTrip) {
            vm.prank(to);
            nash.transfer(from, amount); // a flash loan: borrowed and repaid in one block
        }
    }

    function nashTransferFrom(uint256 ownerSeed, uint256 toSeed, uint256 amountSeed, bool infinite) external {
        _begin("nashTransferFrom");
        address owner = holders[ownerSeed % holders.length];
        address to = holders[toSeed % holders.length];
        uint256 amount = _bound(amountSeed, 0, nash.balanceOf(owner) / 2);
        vm.prank(owner);
        nash.approve(spender, infinite ? type(uint256).max : amount);
        vm.prank(spender);
        nash.transferFrom(owner, to, amount);
        uint256 left = nash.allowance(owner, spender);
        if (left != (infinite ? type(uint256).max : 0)) {
            _fail(5, "transferFrom: allowance not spent as OpenZeppelin does");
        }
    }

    function nashClaim(uint256 holderSeed, bool toSink) external {
        _begin("nashClaim");
        address h = holders[holderSeed % holders.length];
        uint256 due = nash.claimableOf(h);
        bool contractHolder = h.code.length != 0;
        address to = toSink || contractHolder ? sink : h;
        uint256 balance = to.balance;
        bool ok;
        vm.prank(h);
        if (to == h) {
            try nash.claim() returns (uint256 amount) {
                ok = true;
                if (amount != due) _fail(5, "claim paid another amount than claimable");
            } catch {}
        } else {
            try nash.claimTo(to) returns (uint256 amount) {
                ok = true;
                if (amount != due) _fail(5, "claimTo paid another amount than claimable");
            } catch {}
        }
        if (ok) {
            ghostClaimed += due;
            gClaimedOf[h] += due;
            if (to.balance != balance + due) _fail(1, "a claim did not send the claimable ETH");
            if (nash.claimableOf(h) != 0) _fail(5, "claimable left after a claim");
        } else if (due > 0) {
            _fail(5, "a claim of a non-zero claimable reverted");
        }
    }

    /// @dev Small burns; rarely every holder burns everything (then forfeits must refund: inv 3).
    function nashBurn(uint256 holderSeed, uint256 amountSeed) external {
        _begin("nashBurn");
        if (amountSeed % 23 == 0) {
            for (uint256 i; i < holders.length; ++i) {
                address h = holders[i];
                uint256 b = nash.balanceOf(h);
                vm.prank(h);
                nash.burn(b);
            }
            _setFee(Move.CreateCommitment, 0);
            _setFee(Move.CreateProbabilistic, 0);
            return;
        }
        address holder = holders[holderSeed % holders.length];
        uint256 amount = _bound(amountSeed, 0, nash.balanceOf(holder) / 50);
        vm.prank(holder);
        nash.burn(amount);
    }

    /// @dev The excluder excludes the contract holder hX from dividends (once; an EOA never).
    function nashExclude(bool eoa) external {
        _begin("nashExclude");
        address target = eoa ? holders[1] : hX;
        bool expected = !eoa && !gExcluded[hX];
        vm.prank(excluder);
        try nash.excludeFromDividends(target) {
            if (!expected) _fail(5, "excludeFromDividends succeeded against its rules");
            gExcluded[target] = true;
        } catch {
            if (expected) _fail(5, "excludeFromDividends reverted although allowed");
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 FEES
    //////////////////////////////////////////////////////////////*/

    function _setFee(Move move, uint96 fee) internal {
        uint256 m = uint256(move);
        vm.prank(feeController);
        registry.setFee(move, fee);
        if (fee <= gFee[m]) {
            gFee[m] = fee;
            gPendingFee[m] = 0;
            gPendingAt[m] = 0;
        } else {
            gPendingFee[m] = fee;
            gPendingAt[m] = uint40(block.timestamp + FEE_DELAY);
        }
    }

    function feeChange(uint256 seed, bool apply_) external {
        _begin("feeChange");
        Move move = Move(seed % 2);
        uint256 m = seed % 2;
        if (!apply_) {
            _setFee(move, uint96(_bound(seed >> 8, 0, 50e18)));
            return;
        }
        bool expected = gPendingAt[m] != 0 && block.timestamp >= gPendingAt[m];
        vm.prank(stranger);
        try registry.applyFee(move) {
            if (!expected) _fail(9, "a fee increase applied before FEE_DELAY");
            gFee[m] = gPendingFee[m];
            gPendingFee[m] = 0;
            gPendingAt[m] = 0;
        } catch {
            if (expected) _fail(9, "applyFee reverted although due");
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 TIME
    //////////////////////////////////////////////////////////////*/

    function warp(uint256 secondsSeed, bool newBlock) external {
        _begin("warp");
        vm.warp(block.timestamp + _bound(secondsSeed, 1 minutes, 3 days));
        if (newBlock) vm.roll(block.number + 1);
        _release();
    }

    /// @dev Warps to (or just past) a boundary of some threat: its deadline, the end of its hold, its gathering
    /// date, deadline + BEACON_GRACE, or the next period.
    function warpToBoundary(uint256 idSeed, uint8 which) external {
        _begin("warpToBoundary");
        uint256 id = _pickId(idSeed);
        if (id == 0) return;
        G storage t = g[id];
        uint256 target;
        which %= 7;
        if (which == 0) target = t.deadline - 1;
        else if (which == 1) target = t.deadline;
        else if (which == 2) target = t.holdUntil;
        else if (which == 3) target = t.gatherUntil + (idSeed % 2);
        else if (which == 4) target = uint256(t.deadline) + GRACE;
        else if (which == 5 && t.period != 0) target = t.start + (_due(t) + 1) * uint256(t.period);
        else target = t.deadline + 1 + idSeed % 1 hours;
        if (target > block.timestamp) vm.warp(target);
        vm.roll(block.number + 1);
        _release();
    }

    function roll(uint256 blocks) external {
        _begin("roll");
        vm.roll(block.number + _bound(blocks, 1, 3));
        _release();
    }
}
