import type { DataAccessRecord as DataAccessRecordRow, PrismaClient } from '../../__generated__/prisma/client';

/** The department's data-access log (用数留痕), read for the person it is about. */
export class AccessLogService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Reads of one person's data served here, newest first; one statement. */
  latestFor(idNumber: string, since: Date | null, limit: number): Promise<DataAccessRecordRow[]> {
    return this.prisma.dataAccessRecord.findMany({
      where: { subjectIdNumber: idNumber, ...(since ? { at: { gte: since } } : {}) },
      orderBy: { seq: 'desc' },
      take: limit,
    });
  }
}
