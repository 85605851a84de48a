import { Weighted } from '../weighted';

/**
 * Kinds of individual business (个体工商户) residents run: noodle shops, convenience stores,
 * repair shops… Catering (餐饮服务) and food sales (食品销售) need a food business permit
 * (食品经营许可证); fresh fruit and the rest do not.
 */
export interface ShopKind {
  /** The industry part of the name: "淄博市博山区张记{面馆}". */
  word: string;
  scope: string;
  food: 'CATERING' | 'SALES' | null;
  /** Capital (资金数额) range in yuan. */
  capital: readonly [number, number];
}

const kind = (word: string, scope: string, food: ShopKind['food'], capital: readonly [number, number]): ShopKind => ({ word, scope, food, capital });

export const SHOP_KINDS = new Weighted<ShopKind>([
  [kind('面馆', '餐饮服务（面食制售）', 'CATERING', [20_000, 100_000]), 9],
  [kind('家常菜馆', '餐饮服务（热食类食品制售）', 'CATERING', [30_000, 200_000]), 8],
  [kind('水饺馆', '餐饮服务（热食类食品制售）', 'CATERING', [20_000, 80_000]), 4],
  [kind('烧烤店', '餐饮服务（热食类食品制售）', 'CATERING', [30_000, 150_000]), 5],
  [kind('早餐店', '餐饮服务（面点、豆制品制售）', 'CATERING', [10_000, 50_000]), 5],
  [kind('便利店', '预包装食品销售；日用百货零售', 'SALES', [20_000, 100_000]), 12],
  [kind('百货超市', '预包装食品、散装食品销售；日用百货零售', 'SALES', [50_000, 300_000]), 7],
  [kind('水果店', '新鲜水果零售', null, [10_000, 50_000]), 5],
  [kind('汽车修理部', '机动车维修；汽车零配件零售', null, [50_000, 300_000]), 6],
  [kind('家电维修部', '家用电器维修；日用电器零售', null, [10_000, 50_000]), 4],
  [kind('理发店', '理发服务；美容服务', null, [10_000, 80_000]), 6],
  [kind('服装店', '服装服饰零售', null, [20_000, 150_000]), 6],
  [kind('五金店', '五金产品零售；建筑材料销售', null, [20_000, 200_000]), 5],
  [kind('手机维修店', '通讯设备维修；通讯设备零售', null, [10_000, 60_000]), 4],
  [kind('农资店', '化肥、农药（不含危险化学品）、种子零售', null, [30_000, 200_000]), 4],
]);

/** Farm products of each county's cooperatives (农民专业合作社): 沂源 apples, 博山 kiwis, 山亭 火樱桃… */
export const COOPERATIVE_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  '370304': ['猕猴桃种植', '樱桃种植', '蔬菜种植', '生猪养殖'],
  '370306': ['蔬菜种植', '小麦种植', '肉鸡养殖', '食用菌种植'],
  '370323': ['苹果种植', '桃种植', '生猪养殖', '板栗种植'],
  '370402': ['蔬菜种植', '石榴种植', '肉牛养殖', '小麦种植'],
  '370406': ['火樱桃种植', '花椒种植', '核桃种植', '山羊养殖'],
};
