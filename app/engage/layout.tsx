// The engage page needs the wallet providers (to sign), like /create and the desks; reading needs no wallet.
export { default } from '../(wallet)/layout';
