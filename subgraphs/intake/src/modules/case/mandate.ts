import { badUserInput } from '@hub/kit';

/** 帮办代办: who the applicant entrusted, at which village station, to do what (委托书). */
export interface MandateInput {
  agentName: string;
  agentPhone?: string | null;
  station: string;
  scope: string;
}

export function checkMandate(input: MandateInput): MandateInput {
  const text = (value: string | null | undefined, field: string, max: number) => {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) throw badUserInput(`mandate.${field}`, 'must not be empty');
    if (trimmed.length > max) throw badUserInput(`mandate.${field}`, `at most ${max} characters`);
    return trimmed;
  };
  const phone = input.agentPhone?.trim() || null;
  if (phone && !/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/.test(phone)) throw badUserInput('mandate.agentPhone', 'a mobile (11 digits) or landline number');
  return { agentName: text(input.agentName, 'agentName', 40), agentPhone: phone, station: text(input.station, 'station', 80), scope: text(input.scope, 'scope', 500) };
}
