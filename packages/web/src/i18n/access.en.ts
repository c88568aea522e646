import type { accessNb } from './access.nb.ts';
import type { DeepStringRecord } from './types.ts';

/** English for refusals and break-the-glass; the same keys as `access.nb.ts`. */
export const accessEn: DeepStringRecord<typeof accessNb> = {
  refusal: {
    title: 'You do not have access',
    notFound: 'Not found. It does not exist, or it belongs to another crisis centre.',
    reasons: {
      not_authenticated: 'You are not logged in.',
      role_not_permitted: 'Your role does not give access to this. Ask the unit leader.',
      not_cleared:
        'No police certificate or confidentiality declaration is registered for you. The unit leader registers them before you see personal data.',
      other_centre: 'It belongs to another crisis centre.',
      not_on_shift:
        'You are not on shift, and you are not the primary contact. Start your shift, or ask the primary contact.',
      not_primary_contact:
        'The case is no longer active. Only the primary contact and the unit leader have access now.',
      not_case_worker:
        'You do not work this case. The journal and the plan are for the primary contact and the coordinators.',
    },
    breakGlassHint:
      'If you need to see this now, you can open it with a reason. The access lasts a limited time and is reviewed by the unit leader.',
  },
  breakGlass: {
    open: 'Open with a reason',
    heading: 'Open with a reason',
    intro:
      'Write why you must see this now, and confirm with a new code from the authenticator app. The reason is stored encrypted and read by the unit leader.',
    reason: 'Reason',
    reasonHint: 'At least {{count}} characters.',
    reasonTooShort: 'Write a reason of at least {{count}} characters.',
    code: 'Code from the authenticator app',
    codeHint: 'Six digits. Wait for a new code if you just used one.',
    codeInvalid: 'Type the six digits from the authenticator app.',
    codeRefused: 'The code was not accepted. Wait for a new code and try again.',
    submit: 'Open',
    cancel: 'Cancel',
  },
};
