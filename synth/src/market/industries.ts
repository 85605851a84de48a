/**
 * Industries of the synthetic enterprises (企业), with the local colour of each county:
 * 博山 ceramics and coloured glass (琉璃), 周村 silk, 沂源 apples, 枣庄 coal and building
 * materials. `affinity` multiplies the weight in the counties where the industry is strong.
 */
export interface Industry {
  /** The industry part of the name: "淄博鑫盛{陶瓷}有限公司". */
  word: string;
  scope: string;
  positions: readonly string[];
  weight: number;
  affinity?: Readonly<Record<string, number>>;
  /** Food producers hold a food production permit (SC…); canteen operators a food business permit. */
  food?: 'PRODUCTION' | 'CANTEEN';
}

const OFFICE = ['会计', '出纳', '行政专员', '销售员', '司机'] as const;

export const INDUSTRIES: readonly Industry[] = [
  { word: '陶瓷', scope: '日用陶瓷、工艺陶瓷制造、销售', positions: ['成型工', '窑炉工', '彩绘工', '质检员', ...OFFICE], weight: 4, affinity: { '370304': 5 } },
  { word: '琉璃制品', scope: '琉璃工艺品设计、制作、销售', positions: ['琉璃工', '设计师', '包装工', ...OFFICE], weight: 1, affinity: { '370304': 6 } },
  { word: '丝绸', scope: '丝绸制品、纺织品生产、销售', positions: ['挡车工', '缝纫工', '质检员', ...OFFICE], weight: 2, affinity: { '370306': 6 } },
  { word: '机械', scope: '通用机械设备制造、销售；机械零部件加工', positions: ['车工', '焊工', '钳工', '技术员', '质检员', '仓库管理员', ...OFFICE], weight: 8 },
  { word: '建材', scope: '建筑材料销售；水泥制品制造', positions: ['操作工', '叉车工', '仓库管理员', ...OFFICE], weight: 5, affinity: { '370402': 2, '370406': 2 } },
  { word: '化工', scope: '化工产品（不含危险化学品）生产、销售', positions: ['化工操作工', '安全员', '化验员', ...OFFICE], weight: 3, affinity: { '370304': 2 } },
  { word: '食品', scope: '食品生产；食品销售', positions: ['生产工', '包装工', '质检员', ...OFFICE], weight: 4, food: 'PRODUCTION' },
  { word: '果业', scope: '水果种植、收购、销售；农业技术推广服务', positions: ['技术员', '分拣工', '冷库管理员', ...OFFICE], weight: 2, affinity: { '370323': 6 } },
  { word: '商贸', scope: '日用百货、五金产品、建筑材料销售', positions: ['营业员', '理货员', '仓库管理员', ...OFFICE], weight: 9 },
  { word: '物流', scope: '道路普通货物运输；仓储服务（不含危险品）', positions: ['货车司机', '装卸工', '调度员', ...OFFICE], weight: 5 },
  { word: '建筑工程', scope: '房屋建筑工程施工；市政公用工程施工', positions: ['施工员', '安全员', '钢筋工', '木工', ...OFFICE], weight: 6 },
  { word: '电子科技', scope: '电子元器件研发、生产、销售', positions: ['装配工', '工程师', '质检员', ...OFFICE], weight: 3 },
  { word: '能源', scope: '煤炭销售；煤炭洗选', positions: ['洗煤工', '机电工', '安全员', ...OFFICE], weight: 1, affinity: { '370402': 6, '370406': 4 } },
  { word: '环保科技', scope: '环保设备研发、销售；污水处理服务', positions: ['工程师', '运维员', ...OFFICE], weight: 2 },
  { word: '餐饮管理', scope: '餐饮服务；单位食堂承包经营', positions: ['厨师', '面点师', '服务员', '采购员', ...OFFICE], weight: 3, food: 'CANTEEN' },
];

/** Trade-name characters (字号): auspicious, and what local firms actually use. */
export const TRADE_NAME_CHARS = '鑫盛恒达华泰宏昌隆源瑞丰诚信宇鼎汇通利佳金永德正博荣兴旺康明嘉润' as const;
