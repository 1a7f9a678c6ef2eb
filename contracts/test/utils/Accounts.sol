// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {IResolver} from "../../src/interfaces/IResolver.sol";
import {Engagement, ThreatParams} from "../../src/types/DataTypes.sol";

/// @notice A firm's smart account (ERC-1271): a signature is valid when its owner's key signed the digest.
contract SmartAccount is IERC1271 {
    address public immutable owner;
    uint256 public received;

    constructor(address owner_) {
        owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, signature);
        return err == ECDSA.RecoverError.NoError && signer == owner ? IERC1271.isValidSignature.selector : bytes4(0);
    }

    /// @notice The account accepts an engagement on chain (its owner's transaction).
    function accept(ILevetrage registry, Engagement calldata engagement) external returns (bytes32) {
        require(msg.sender == owner, "SmartAccount: not owner");
        return registry.acceptEngagement(engagement);
    }

    receive() external payable {
        received += msg.value;
    }
}

/// @notice A contract provider without ERC-1271: no signature can be its consent.
contract PlainContractProvider {
    receive() external payable {}
}

/// @notice A NASH holder that cannot take ETH: it claims its dividends to another address.
contract EthRejectingHolder {
    INashToken public immutable nash;

    constructor(INashToken nash_) {
        nash = nash_;
    }

    function claimTo(address to) external returns (uint256) {
        return nash.claimTo(to);
    }

    function claim() external returns (uint256) {
        return nash.claim();
    }

    function transfer(address to, uint256 amount) external {
        nash.transfer(to, amount);
    }
}

/// @notice A flash lender of NASH: lends in one call, expects it back before the call returns.
contract FlashLender {
    INashToken public immutable nash;

    constructor(INashToken nash_) {
        nash = nash_;
    }

    /// @notice Lends `amount` to msg.sender, calls back `onFlashLoan`, and requires the amount back.
    function flashLoan(uint256 amount, bytes calldata data) external {
        uint256 before = nash.balanceOf(address(this));
        nash.transfer(msg.sender, amount);
        IFlashBorrower(msg.sender).onFlashLoan(amount, data);
        require(nash.balanceOf(address(this)) >= before, "FlashLender: not repaid");
    }
}

interface IFlashBorrower {
    function onFlashLoan(uint256 amount, bytes calldata data) external;
}

/// @notice A maker contract that times its forfeit with a NASH flash loan (security review #12): borrows,
/// settles its own forfeiting commitment while holding the loan, repays, and tries to claim in the same block.
contract FlashForfeitMaker is IFlashBorrower {
    ILevetrage public immutable registry;
    INashToken public immutable nash;
    FlashLender public immutable lender;
    uint256 public claimedInBlock;

    constructor(ILevetrage registry_, INashToken nash_, FlashLender lender_) {
        registry = registry_;
        nash = nash_;
        lender = lender_;
    }

    function create(ThreatParams calldata params) external payable returns (uint256) {
        Engagement memory none;
        return registry.create{value: msg.value}(params, none, "");
    }

    function attack(uint256 id, uint256 amount) external {
        lender.flashLoan(amount, abi.encode(id));
    }

    function onFlashLoan(uint256 amount, bytes calldata data) external {
        require(msg.sender == address(lender), "not the lender");
        uint256 id = abi.decode(data, (uint256));
        registry.settle(id, "");
        // Whatever the forfeit made claimable within this block would be taken now.
        uint256 due = nash.claimableOf(address(this));
        if (due != 0) claimedInBlock = nash.claim();
        nash.transfer(address(lender), amount);
    }

    receive() external payable {}
}

/// @notice A resolver contract that records its creation hook (the registry calls it when resolverData is set).
contract RecordingResolver is IResolver {
    address public immutable registry;
    uint256 public calls;
    uint256 public lastId;
    address public lastMaker;
    bytes public lastData;
    string public lastTerms;
    bool public refuse;

    constructor(address registry_) {
        registry = registry_;
    }

    function setRefuse(bool on) external {
        refuse = on;
    }

    function onThreatCreated(uint256 id, address maker, ThreatParams calldata params) external {
        require(msg.sender == registry, "RecordingResolver: not the registry");
        require(!refuse, "RecordingResolver: refused");
        ++calls;
        lastId = id;
        lastMaker = maker;
        lastData = params.resolverData;
        lastTerms = params.terms;
    }

    function kind() external pure returns (string memory) {
        return "recording";
    }

    function fulfil(ILevetrage r, uint256 id) external {
        r.fulfil(id, keccak256("panel decision"));
    }
}
