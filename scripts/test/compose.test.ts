import { composeSupergraph, staleFiles } from '../src/compose';

describe('supergraph composition', () => {
  it('composes every department subgraph without errors, and the committed files are current', async () => {
    const composition = await composeSupergraph();
    expect(composition.supergraph).toContain('@join__graph');
    expect(staleFiles(composition)).toEqual([]);
  });
});
