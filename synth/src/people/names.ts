import type { Rng } from '../random';
import { Weighted } from '../weighted';

/**
 * Surnames with approximate shares (‰) in Shandong: 王、张、李、刘 alone cover about a third
 * of the province. Weights, not statistics: they make a page of residents look familiar.
 */
export const SURNAMES = new Weighted<string>([
  ['王', 95], ['张', 80], ['李', 80], ['刘', 65], ['孙', 30], ['陈', 25], ['杨', 23], ['赵', 22],
  ['徐', 20], ['马', 16], ['高', 16], ['于', 15], ['孟', 10], ['韩', 10], ['宋', 10], ['郭', 10],
  ['胡', 9], ['朱', 9], ['周', 9], ['吴', 8], ['许', 7], ['董', 7], ['吕', 6], ['崔', 6], ['田', 6],
  ['曹', 6], ['魏', 6], ['姜', 6], ['黄', 6], ['程', 5], ['孔', 5], ['石', 5], ['梁', 5], ['冯', 5],
  ['丁', 5], ['任', 5], ['袁', 4], ['侯', 4], ['薛', 4], ['范', 4], ['贾', 4], ['房', 3], ['翟', 3],
  ['毕', 3], ['蒋', 3], ['邵', 3], ['齐', 3], ['谢', 3], ['秦', 3], ['彭', 3], ['曲', 3], ['尹', 3],
  ['岳', 3], ['颜', 2], ['鲁', 2], ['牛', 2], ['葛', 2], ['路', 2], ['纪', 2], ['亓', 1], ['褚', 1],
]);

/** Character pools per generation: names follow fashions (建国 in 1950, 浩然 in 2010). */
interface NamePool {
  /** Share of one-character given names in that generation. */
  single: number;
  singles: string;
  firsts: string;
  seconds: string;
}

const MALE: Array<[number, NamePool]> = [
  [1960, { single: 0.1, singles: '林山明福贵田海忠', firsts: '建国德文志玉永长庆振立卫洪学树宝金兴', seconds: '国华民福生林山明忠胜文才田海成祥顺' }],
  [1990, { single: 0.4, singles: '伟军勇涛磊强斌刚杰鹏超亮波辉峰华明健兵林', firsts: '志建海晓国立永春文云家红东振新', seconds: '强军伟刚明华平林峰涛勇斌波杰鹏' }],
  [9999, { single: 0.15, singles: '浩宇轩博睿阳杰鑫航晨', firsts: '浩子宇梓俊一博嘉泽皓思家明天铭睿煜文奕晨', seconds: '轩然宇涵泽辰杰博航睿阳铭凯豪翔诚熙霖宁鑫' }],
];

const FEMALE: Array<[number, NamePool]> = [
  [1960, { single: 0.1, singles: '英兰珍芳秀梅', firsts: '秀桂玉淑凤素翠春兰金彩', seconds: '英兰珍梅芝云花芳荣香琴霞' }],
  [1990, { single: 0.4, singles: '静丽敏燕艳娟霞芳玲红梅萍洁琳莉婷慧颖雪晶', firsts: '海晓秀春红丽玉美雪凤金桂彩冬', seconds: '燕梅霞娟丽英玲芳红华艳琴萍玉' }],
  [9999, { single: 0.15, singles: '悦彤琪涵婷妍璐瑶', firsts: '梓欣子诗一雨佳思语可若紫雅心芷艺嘉依梦静', seconds: '涵怡萱琪彤诺婷妍菲琳悦然瑶欣雯晴曦淇蕾璐' }],
];

function poolFor(pools: Array<[number, NamePool]>, birthYear: number): NamePool {
  for (const [until, pool] of pools) if (birthYear < until) return pool;
  return pools[pools.length - 1]![1];
}

function charAt(rng: Rng, chars: string): string {
  return chars[Math.floor(rng.next() * chars.length)]!;
}

/** A given name of one or two characters in the fashion of the birth year. */
export function givenName(rng: Rng, gender: 'MALE' | 'FEMALE', birthYear: number): string {
  const pool = poolFor(gender === 'MALE' ? MALE : FEMALE, birthYear);
  if (rng.chance(pool.single)) return charAt(rng, pool.singles);
  return charAt(rng, pool.firsts) + charAt(rng, pool.seconds);
}

/**
 * Ethnicities (民族) of households: Shandong is over 99% 汉族; 回族 is the largest minority
 * (there are 回族 communities in both cities), then 满族 and 蒙古族.
 */
export const ETHNICITIES = new Weighted<string>([
  ['汉族', 975],
  ['回族', 16],
  ['满族', 5],
  ['蒙古族', 2],
  ['朝鲜族', 1],
  ['壮族', 1],
]);
