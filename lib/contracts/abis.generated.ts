//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IRandomnessBeacon
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iRandomnessBeaconAbi = [
  {
    type: 'function',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'isDetermined',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'request',
    outputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'ticket', internalType: 'uint48', type: 'uint48' },
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'resolve',
    outputs: [
      {
        name: 'availability',
        internalType: 'enum Availability',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'InvalidProof',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Levetrage
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const levetrageAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'nash_', internalType: 'contract INashToken', type: 'address' },
      { name: 'feeController_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DRAWS_PER_REQUEST',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DURATION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PERIODS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_TERMINATORS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_PERIOD',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PROB_SCALE',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'SEND_GAS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'params',
        internalType: 'struct CommitmentParams',
        type: 'tuple',
        components: [
          { name: 'provider', internalType: 'address', type: 'address' },
          { name: 'agreementHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'terminators', internalType: 'address[]', type: 'address[]' },
          { name: 'deadline', internalType: 'uint40', type: 'uint40' },
          { name: 'timeoutAction', internalType: 'enum Action', type: 'uint8' },
          { name: 'terms', internalType: 'string', type: 'string' },
        ],
      },
    ],
    name: 'createCommitment',
    outputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'params',
        internalType: 'struct CommitmentParams',
        type: 'tuple',
        components: [
          { name: 'provider', internalType: 'address', type: 'address' },
          { name: 'agreementHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'terminators', internalType: 'address[]', type: 'address[]' },
          { name: 'deadline', internalType: 'uint40', type: 'uint40' },
          { name: 'timeoutAction', internalType: 'enum Action', type: 'uint8' },
          { name: 'terms', internalType: 'string', type: 'string' },
        ],
      },
      {
        name: 'odds',
        internalType: 'struct OddsParams',
        type: 'tuple',
        components: [
          {
            name: 'beacon',
            internalType: 'contract IRandomnessBeacon',
            type: 'address',
          },
          { name: 'period', internalType: 'uint32', type: 'uint32' },
          { name: 'pEscalate', internalType: 'uint32', type: 'uint32' },
          { name: 'pTerminate', internalType: 'uint32', type: 'uint32' },
        ],
      },
    ],
    name: 'createProbabilistic',
    outputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'duePeriods',
    outputs: [{ name: '', internalType: 'uint24', type: 'uint24' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'feeController',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'move', internalType: 'enum Move', type: 'uint8' }],
    name: 'feeOf',
    outputs: [{ name: '', internalType: 'uint96', type: 'uint96' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'fulfil',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'getThreat',
    outputs: [
      {
        name: 'threat',
        internalType: 'struct Threat',
        type: 'tuple',
        components: [
          { name: 'maker', internalType: 'address', type: 'address' },
          { name: 'stake', internalType: 'uint96', type: 'uint96' },
          { name: 'provider', internalType: 'address', type: 'address' },
          { name: 'deadline', internalType: 'uint40', type: 'uint40' },
          { name: 'start', internalType: 'uint40', type: 'uint40' },
          { name: 'status', internalType: 'enum Status', type: 'uint8' },
          { name: 'timeoutAction', internalType: 'enum Action', type: 'uint8' },
          { name: 'agreementHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'terminator', internalType: 'address', type: 'address' },
          { name: 'settledPeriods', internalType: 'uint24', type: 'uint24' },
          { name: 'pendingThrough', internalType: 'uint24', type: 'uint24' },
          { name: 'ticket', internalType: 'uint48', type: 'uint48' },
        ],
      },
      {
        name: 'odds',
        internalType: 'struct Odds',
        type: 'tuple',
        components: [
          {
            name: 'beacon',
            internalType: 'contract IRandomnessBeacon',
            type: 'address',
          },
          { name: 'period', internalType: 'uint32', type: 'uint32' },
          { name: 'pEscalate', internalType: 'uint32', type: 'uint32' },
          { name: 'pTerminate', internalType: 'uint32', type: 'uint32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'beacon',
        internalType: 'contract IRandomnessBeacon',
        type: 'address',
      },
    ],
    name: 'isBeaconAllowed',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isTerminator',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nash',
    outputs: [
      { name: '', internalType: 'contract INashToken', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nextId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'beacon',
        internalType: 'contract IRandomnessBeacon',
        type: 'address',
      },
      { name: 'allowed', internalType: 'bool', type: 'bool' },
    ],
    name: 'setBeaconAllowed',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'move', internalType: 'enum Move', type: 'uint8' },
      { name: 'fee', internalType: 'uint96', type: 'uint96' },
    ],
    name: 'setFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'next', internalType: 'address', type: 'address' }],
    name: 'setFeeController',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'settle',
    outputs: [{ name: 'status', internalType: 'enum Status', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'withdraw',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'withdrawable',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'beacon',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'allowed', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'BeaconAllowed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'fromPeriod',
        internalType: 'uint24',
        type: 'uint24',
        indexed: false,
      },
      {
        name: 'throughPeriod',
        internalType: 'uint24',
        type: 'uint24',
        indexed: false,
      },
      {
        name: 'ticket',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'DrawRequested',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      { name: 'period', internalType: 'uint24', type: 'uint24', indexed: true },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'outcome',
        internalType: 'enum DrawOutcome',
        type: 'uint8',
        indexed: false,
      },
      { name: 'lapsed', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'DrawSettled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'provider',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'agreementHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'paid', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'Escalated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'payer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'move',
        internalType: 'enum Move',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'FeeBurned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previous',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'next', internalType: 'address', type: 'address', indexed: true },
    ],
    name: 'FeeControllerChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'move', internalType: 'enum Move', type: 'uint8', indexed: true },
      { name: 'fee', internalType: 'uint96', type: 'uint96', indexed: false },
    ],
    name: 'FeeSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Forfeited',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'terminator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'Fulfilled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'beacon',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'period',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'pEscalate',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'pTerminate',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      { name: 'start', internalType: 'uint40', type: 'uint40', indexed: false },
    ],
    name: 'OddsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'maker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'paid', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'Refunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256', indexed: true },
      {
        name: 'maker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'provider',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'stake',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'agreementHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'terminators',
        internalType: 'address[]',
        type: 'address[]',
        indexed: false,
      },
      {
        name: 'deadline',
        internalType: 'uint40',
        type: 'uint40',
        indexed: false,
      },
      {
        name: 'timeoutAction',
        internalType: 'enum Action',
        type: 'uint8',
        indexed: false,
      },
      { name: 'terms', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'ThreatCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Withdrawn',
  },
  {
    type: 'error',
    inputs: [{ name: 'beacon', internalType: 'address', type: 'address' }],
    name: 'BeaconNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint40', type: 'uint40' },
      { name: 'nowTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DeadlineInPast',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint40', type: 'uint40' },
    ],
    name: 'DeadlineNotReached',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint40', type: 'uint40' },
    ],
    name: 'DeadlinePassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint40', type: 'uint40' },
      { name: 'maxDeadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DeadlineTooFar',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint24', type: 'uint24' },
      { name: 'ticket', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'DrawDetermined',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'ticket', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'DrawNotReady',
  },
  {
    type: 'error',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EthTransferFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'pEscalate', internalType: 'uint32', type: 'uint32' },
      { name: 'pTerminate', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'InvalidOdds',
  },
  {
    type: 'error',
    inputs: [
      { name: 'period', internalType: 'uint32', type: 'uint32' },
      { name: 'minPeriod', internalType: 'uint32', type: 'uint32' },
      { name: 'maxPeriod', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidPeriod',
  },
  {
    type: 'error',
    inputs: [{ name: 'terminator', internalType: 'address', type: 'address' }],
    name: 'InvalidTerminator',
  },
  { type: 'error', inputs: [], name: 'NoTerminators' },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'NotFeeController',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'NotTerminator',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'NothingToSettle',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'NothingToWithdraw',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'stake', internalType: 'uint256', type: 'uint256' }],
    name: 'StakeTooLarge',
  },
  {
    type: 'error',
    inputs: [{ name: 'id', internalType: 'uint256', type: 'uint256' }],
    name: 'ThreatNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'id', internalType: 'uint256', type: 'uint256' },
      { name: 'status', internalType: 'enum Status', type: 'uint8' },
    ],
    name: 'ThreatNotLive',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyPeriods',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyTerminators',
  },
  { type: 'error', inputs: [], name: 'ZeroAddress' },
  { type: 'error', inputs: [], name: 'ZeroAgreementHash' },
  { type: 'error', inputs: [], name: 'ZeroProvider' },
  { type: 'error', inputs: [], name: 'ZeroStake' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// NashToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const nashTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'initialHolder', internalType: 'address', type: 'address' },
      { name: 'supply', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAGNITUDE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'holder', internalType: 'address', type: 'address' }],
    name: 'accumulativeOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'burn',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'burnFrom',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'claim',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'holder', internalType: 'address', type: 'address' }],
    name: 'claimableOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'holder', internalType: 'address', type: 'address' }],
    name: 'claimedOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'distribute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'magnifiedPerShare',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'magnifiedRemainder',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalDistributed',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Distributed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'holder',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DividendClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EthTransferFailed',
  },
  { type: 'error', inputs: [], name: 'NoSupply' },
  {
    type: 'error',
    inputs: [{ name: 'holder', internalType: 'address', type: 'address' }],
    name: 'NothingToClaim',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'int256', type: 'int256' },
    ],
    name: 'SafeCastOverflowedIntDowncast',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'SafeCastOverflowedUintToInt',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PrevrandaoBeacon
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const prevrandaoBeaconAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'delay_', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'HISTORY_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'delay',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'isDetermined',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'request',
    outputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'ticket', internalType: 'uint48', type: 'uint48' },
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'resolve',
    outputs: [
      {
        name: 'availability',
        internalType: 'enum Availability',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [{ name: 'delay', internalType: 'uint8', type: 'uint8' }],
    name: 'InvalidDelay',
  },
  {
    type: 'error',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'InvalidProof',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VrfBeacon
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const vrfBeaconAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'coordinator_', internalType: 'address', type: 'address' },
      { name: 'subscriptionId_', internalType: 'uint256', type: 'uint256' },
      { name: 'keyHash_', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callbackGasLimit_', internalType: 'uint32', type: 'uint32' },
      { name: 'requestConfirmations_', internalType: 'uint16', type: 'uint16' },
      { name: 'registry_', internalType: 'address', type: 'address' },
      { name: 'lapseBlocks_', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'IGNORED_DUPLICATE',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'IGNORED_EMPTY',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'IGNORED_LATE',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'IGNORED_UNKNOWN',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'callbackGasLimit',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'coordinator',
    outputs: [
      {
        name: '',
        internalType: 'contract IVRFCoordinatorV2Plus',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'isDetermined',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'keyHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lapseBlocks',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lastTicket',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requestId', internalType: 'uint256', type: 'uint256' },
      { name: 'randomWords', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'rawFulfillRandomWords',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'registry',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'request',
    outputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requestConfirmations',
    outputs: [{ name: '', internalType: 'uint16', type: 'uint16' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'requestIdOf',
    outputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'ticket', internalType: 'uint48', type: 'uint48' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'resolve',
    outputs: [
      {
        name: 'availability',
        internalType: 'enum Availability',
        type: 'uint8',
      },
      { name: 'value', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'subscriptionId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'ticketInfo',
    outputs: [
      { name: 'requestedAt', internalType: 'uint64', type: 'uint64' },
      { name: 'answeredAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    name: 'ticketOf',
    outputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requestId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      { name: 'ticket', internalType: 'uint48', type: 'uint48', indexed: true },
      { name: 'reason', internalType: 'uint8', type: 'uint8', indexed: false },
    ],
    name: 'AnswerIgnored',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'ticket', internalType: 'uint48', type: 'uint48', indexed: true },
      {
        name: 'requestId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'Answered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'ticket', internalType: 'uint48', type: 'uint48', indexed: true },
      {
        name: 'requestId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'Requested',
  },
  { type: 'error', inputs: [], name: 'InvalidConfig' },
  {
    type: 'error',
    inputs: [{ name: 'ticket', internalType: 'uint48', type: 'uint48' }],
    name: 'InvalidProof',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'coordinator', internalType: 'address', type: 'address' },
    ],
    name: 'OnlyCoordinator',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'OnlyRegistry',
  },
] as const
