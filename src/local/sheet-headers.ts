/**
 * The headers of the sheets the local tools read and generate (issue 4). The add-on finds
 * columns by these names. TEMPORARY: to be replaced by imports from the store's schema module
 * once it lands, so the names live in one place.
 */
export const CUSTOMERS_SHEET = 'Customers';
export const CONTACTS_SHEET = 'Contacts';
export const INTERACTIONS_SHEET = 'Interactions';

export const CUSTOMER_HEADERS = {
  id: 'Customer ID',
  name: 'Name',
  owners: 'Owners',
  revenue: 'Revenue',
  profit: 'Profit',
  potential: 'Potential',
  categoryBudget: 'Category Budget',
  firstOrder: 'First Order',
  lastOrder: 'Last Order',
  industry: 'Industry',
  notes: 'Notes',
} as const;

export const CONTACT_HEADERS = {
  customerId: 'Customer ID',
  name: 'Name',
  role: 'Role',
  email: 'Email',
  phone: 'Phone',
  importantDate: 'Important Date',
  personality: 'Personality',
  notes: 'Notes',
} as const;

export const INTERACTION_HEADERS = {
  loggedAt: 'Logged At',
  customerId: 'Customer ID',
  customerName: 'Customer Name',
  date: 'Date',
  kind: 'Kind',
  purpose: 'Purpose',
  summary: 'Summary',
  withWhom: 'With Whom',
  perceived: 'Perceived',
  expected: 'Expected',
  dealProbability: 'Deal Probability',
  nextStep: 'Next Step',
  followUpDate: 'Follow-up Date',
  loggedBy: 'Logged By',
  requestId: 'Request ID',
} as const;

/** Customers columns that must hold numbers. */
export const CUSTOMER_NUMBER_HEADERS: readonly string[] = [
  CUSTOMER_HEADERS.revenue,
  CUSTOMER_HEADERS.profit,
  CUSTOMER_HEADERS.potential,
  CUSTOMER_HEADERS.categoryBudget,
];

/** Customers columns that hold calendar dates. */
export const CUSTOMER_DATE_HEADERS: readonly string[] = [
  CUSTOMER_HEADERS.firstOrder,
  CUSTOMER_HEADERS.lastOrder,
];
