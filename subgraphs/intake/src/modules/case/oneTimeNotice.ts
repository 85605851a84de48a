/**
 * The one-time notice (一次性告知单): when a case cannot be accepted, everything missing is
 * listed at once — never one item per visit — with what would make it acceptable, and the
 * notice can be printed and handed to the applicant.
 */
export interface NoticeItem {
  code: string;
  name: string;
  /** 须提交 (must be brought) or 可容缺 (may be accepted as missing on a commitment). */
  requirement: 'MUST_SUBMIT' | 'MAY_BE_TOLERATED';
}

export interface OneTimeNotice {
  caseTitle: string;
  applicant: string;
  centre: string;
  issuedAt: string;
  items: NoticeItem[];
}

export function printableNotice(notice: OneTimeNotice, caseId: string): string {
  const lines = [
    '一次性告知单',
    '',
    `事项：${notice.caseTitle}`,
    `申请人：${notice.applicant}`,
    `受理窗口：${notice.centre}`,
    `告知时间：${notice.issuedAt.slice(0, 16).replace('T', ' ')}`,
    `登记号：${caseId}`,
    '',
    '经审查，您的申请材料尚不齐全，现一次性告知需补齐的全部材料：',
    ...notice.items.map((item, i) => `  ${i + 1}. ${item.name}${item.requirement === 'MAY_BE_TOLERATED' ? '（可容缺受理：签署承诺书并约定补交日期）' : '（须提交）'}`),
    '',
    '补齐上述材料后，可到任一便民服务中心窗口申请受理（全域通办），无需再次提交已共享的材料。',
  ];
  return lines.join('\n');
}
