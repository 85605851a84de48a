import { Weighted } from '../weighted';

/**
 * Who lives in a household of a given size, relative to its head (户主). The shapes and
 * their shares follow common Chinese household types: couples with a child, empty nests,
 * elderly living alone, three generations under one roof, and grandparents raising a
 * grandchild whose parents work elsewhere (留守儿童).
 */
export interface Template {
  spouse: boolean;
  /** The head's own parents living with them. */
  parents: 0 | 1 | 2;
  children: number;
  /** The first child's spouse (儿媳/女婿), registered as OTHER. */
  childSpouse: boolean;
  /** The first child's children. */
  grandchildren: number;
  /**
   * Age range of the oldest member of the youngest generation present: the eldest
   * grandchild, else the eldest child, else the head. Everyone else's age is built upwards
   * from it, so parents are always old enough for their children.
   */
  youngest: readonly [number, number];
  /** How a head without a spouse in the household came to be alone. */
  singleKind?: 'elderly' | 'young' | 'middle';
}

const t = (shape: Partial<Template> & Pick<Template, 'youngest'>): Template => ({
  spouse: false,
  parents: 0,
  children: 0,
  childSpouse: false,
  grandchildren: 0,
  ...shape,
});

export const TEMPLATES: Record<number, Weighted<Template>> = {
  1: new Weighted([
    [t({ youngest: [60, 95], singleKind: 'elderly' }), 45],
    [t({ youngest: [20, 38], singleKind: 'young' }), 35],
    [t({ youngest: [39, 59], singleKind: 'middle' }), 20],
  ]),
  2: new Weighted([
    [t({ spouse: true, youngest: [22, 36] }), 20],
    [t({ spouse: true, youngest: [50, 92] }), 45],
    [t({ children: 1, youngest: [0, 25] }), 17],
    [t({ parents: 1, youngest: [22, 55] }), 18],
  ]),
  3: new Weighted([
    [t({ spouse: true, children: 1, youngest: [0, 32] }), 68],
    [t({ spouse: true, parents: 1, youngest: [25, 60] }), 10],
    [t({ children: 2, youngest: [2, 22] }), 7],
    [t({ parents: 2, youngest: [20, 45] }), 5],
    [t({ spouse: true, grandchildren: 1, youngest: [0, 15] }), 10],
  ]),
  4: new Weighted([
    [t({ spouse: true, children: 2, youngest: [2, 25] }), 50],
    [t({ spouse: true, children: 1, parents: 1, youngest: [0, 20] }), 25],
    [t({ spouse: true, children: 1, childSpouse: true, youngest: [23, 38] }), 8],
    [t({ spouse: true, grandchildren: 2, youngest: [2, 15] }), 7],
    [t({ spouse: true, parents: 2, youngest: [24, 45] }), 10],
  ]),
  5: new Weighted([
    [t({ spouse: true, children: 2, parents: 1, youngest: [2, 18] }), 30],
    [t({ spouse: true, children: 1, parents: 2, youngest: [0, 18] }), 20],
    [t({ spouse: true, children: 3, youngest: [4, 22] }), 12],
    [t({ spouse: true, children: 1, childSpouse: true, grandchildren: 1, youngest: [0, 12] }), 38],
  ]),
  6: new Weighted([
    [t({ spouse: true, children: 2, parents: 2, youngest: [2, 16] }), 35],
    [t({ spouse: true, children: 1, childSpouse: true, grandchildren: 2, youngest: [2, 14] }), 45],
    [t({ spouse: true, children: 3, parents: 1, youngest: [4, 18] }), 20],
  ]),
};

/**
 * Household sizes (1–6): one- and two-person households are now most of China's
 * (7th census average 2.62 people). Mean here ≈ 2.7.
 */
export const HOUSEHOLD_SIZES = new Weighted<number>([
  [1, 22],
  [2, 30],
  [3, 24],
  [4, 14],
  [5, 7],
  [6, 3],
]);
