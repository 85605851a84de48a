import { citizenIdCheckChar } from '@hub/identifiers';
import { checkSubject } from '../src/domain/subjectCheck';

/** The window's identifier checks: the kit's rules, said in Chinese as the clerk types. */
describe('checking an applicant identifier as it is typed', () => {
  const id = '370304197611167182'; // GB 11643-valid, 博山区, born 1976-11-16, female

  it('counts digits until there are 18, and flags bad characters and divisions at once', () => {
    expect(checkSubject('PERSON', '')).toEqual({ state: 'empty' });
    expect(checkSubject('PERSON', '3703 0419')).toMatchObject({ state: 'incomplete', message: { key: 'check.progress', params: { n: 8 } } });
    expect(checkSubject('PERSON', '37030A')).toMatchObject({ state: 'invalid', message: { key: 'check.id.characters' } });
    expect(checkSubject('PERSON', '37030X1')).toMatchObject({ state: 'invalid', message: { key: 'check.id.xOnlyLast' } });
    expect(checkSubject('PERSON', '999999')).toMatchObject({ state: 'invalid', message: { key: 'check.id.division', params: { code: '999999' } } });
    expect(checkSubject('PERSON', `${id}1`)).toMatchObject({ state: 'invalid', message: { key: 'check.tooLong', params: { n: 1 } } });
  });

  it('checks the check digit and the birth date, and reads the facts of a valid number', () => {
    expect(checkSubject('PERSON', `${id.slice(0, 17)}3`)).toMatchObject({ state: 'invalid', message: { key: 'check.id.checkDigit' } });
    const february30 = '37030419760230718';
    expect(checkSubject('PERSON', february30 + citizenIdCheckChar(february30))).toMatchObject({ state: 'invalid', message: { key: 'check.id.birthDate', params: { date: '1976-02-30' } } });
    expect(checkSubject('PERSON', ` ${id} `)).toEqual({
      state: 'valid',
      value: id,
      facts: { kind: 'PERSON', division: '370304', county: '博山区', birthDate: '1976-11-16', gender: 'FEMALE' },
    });
  });

  it('accepts a lower-case x as the check character', () => {
    expect(checkSubject('PERSON', '37040219810430897x')).toMatchObject({ state: 'valid', value: '37040219810430897X' });
  });

  it('checks credit codes: letters GB 32100 never uses, the check character, the kind of entity', () => {
    expect(checkSubject('MARKET_ENTITY', '92370304MA02KB98AO')).toMatchObject({ state: 'invalid', message: { key: 'check.credit.letters', params: { char: 'O' } } });
    expect(checkSubject('MARKET_ENTITY', '92370304MA02KB98A1')).toMatchObject({ state: 'invalid', message: { key: 'check.credit.checkChar' } });
    expect(checkSubject('MARKET_ENTITY', '92370304ma02kb98a0')).toEqual({
      state: 'valid',
      value: '92370304MA02KB98A0',
      facts: { kind: 'MARKET_ENTITY', division: '370304', county: '博山区', entityType: 'INDIVIDUAL_BUSINESS' },
    });
  });
});
