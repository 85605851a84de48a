import { buildSchema, isEnumType, isObjectType, print, type GraphQLNamedType } from 'graphql';
import { subgraphSdl } from '@hub/kit';
import { buildSocialSecuritySchema } from '../src/schema';

/** The published contract: entity keys, no fields owned by other departments, described. */
describe('social-security subgraph SDL', () => {
  let sdl: string;
  let types: GraphQLNamedType[];

  beforeAll(async () => {
    sdl = await subgraphSdl(await buildSocialSecuritySchema());
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('_') && !t.name.startsWith('link__') && !t.name.startsWith('federation__'));
  });

  it('declares Person and MarketEntity as entities by their keys', () => {
    const keys = (name: string) =>
      types.find((t) => t.name === name)?.astNode?.directives?.filter((d) => d.name.value === 'key').map((d) => print(d));
    expect(keys('Person')).toEqual(['@key(fields: "idNumber")']);
    expect(keys('MarketEntity')).toEqual(['@key(fields: "creditCode")']);
  });

  it('adds its own fields to Person and MarketEntity and nothing another department owns', () => {
    const fields = (name: string) => {
      const type = types.find((t) => t.name === name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
    };
    expect(fields('Person')).toEqual(
      ['accessLogSocialSecurity', 'currentEmployer', 'employmentCertificate', 'employments', 'idNumber', 'insuranceEnrolments', 'insured', 'socialSecurityCard', 'unemploymentRegistrations'],
    );
    expect(fields('MarketEntity')).toEqual(['creditCode', 'employees', 'insuredEmployeeCount']);
    for (const taken of ['Division', 'Household', 'Licence', 'Permit']) expect(types.map((t) => t.name)).not.toContain(taken);
  });

  it('describes every type, field and enum value', () => {
    const undescribed: string[] = [];
    for (const type of types) {
      if (type.name === 'Query' || type.astNode === undefined || type.name in { String: 1, Boolean: 1, Int: 1 }) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description) undescribed.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    expect(undescribed).toEqual([]);
  });
});
