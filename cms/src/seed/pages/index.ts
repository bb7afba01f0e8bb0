import { stepDownFostering } from './step-down-fostering.ts';
import { bridgeToFoster } from './bridge-to-foster.ts';
import { allowancesAndFees } from './allowances-and-fees.ts';
import { fromEnquiryToApproval } from './from-enquiry-to-approval.ts';

/** The sample pages, in navigation order. */
export const seedPages = [stepDownFostering, bridgeToFoster, allowancesAndFees, fromEnquiryToApproval];
