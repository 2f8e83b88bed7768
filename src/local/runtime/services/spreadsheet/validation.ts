/** Data validation rules: stored as metadata (the runtime does not reject typed input). */
import { ServiceObject, type ServiceContext } from '../service-object';
import type { ValidationRule } from './model';

/** SpreadsheetApp.DataValidationCriteria. */
export const DATA_VALIDATION_CRITERIA = Object.fromEntries(
  [
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'NUMBER_BETWEEN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_AFTER',
    'DATE_BEFORE',
    'CHECKBOX',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'CUSTOM_FORMULA',
  ].map((c) => [c, c]),
);

export class DataValidationImpl extends ServiceObject {
  readonly typeName = 'DataValidation';
  readonly service = 'spreadsheet' as const;
  constructor(
    host: ServiceContext,
    readonly rule: ValidationRule,
  ) {
    super(host);
  }
  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText ?? null;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.host, {
      ...this.rule,
      values: [...this.rule.values],
    });
  }
}

export class DataValidationBuilderImpl extends ServiceObject {
  readonly typeName = 'DataValidationBuilder';
  readonly service = 'spreadsheet' as const;
  constructor(
    host: ServiceContext,
    private rule: ValidationRule = { criteria: '', values: [], allowInvalid: true },
  ) {
    super(host);
  }
  private _set(criteria: string, values: unknown[]): this {
    this.rule = { ...this.rule, criteria, values };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this._set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: { getA1Notation(): string }, showDropdown = true): this {
    return this._set('VALUE_IN_RANGE', [range.getA1Notation(), showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(): this {
    return this._set('CHECKBOX', []);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.rule = { ...this.rule, allowInvalid: !!allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this;
  }
  build(): DataValidationImpl {
    if (!this.rule.criteria) throw new Error('A data validation rule needs criteria.');
    return new DataValidationImpl(this.host, { ...this.rule });
  }
}
