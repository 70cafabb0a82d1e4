import {
  createElement,
  lazy,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import type { CounselingType, MemberProgress } from '../../../shared/activities/counseling-module.js';
import { retryImport } from '../common/retry-import.js';
import type { CounselingPhoneProps } from './counseling-types.js';

/** Each type's phone component takes its own config and personal view; the page holds them as unknown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyPhone = ComponentType<CounselingPhoneProps<any, any>>;

/** What a type's chunk (`./<type>/Phone.tsx`) exports. */
export interface CounselingPhoneModule {
  Phone: AnyPhone;
  /** The member's own progress from their personal view, for the "내 할 일" list. */
  progressOf?: (config: unknown, personal: unknown) => MemberProgress;
}

/**
 * Counseling phone components, each in its own chunk, loaded when its activity first shows on the
 * phone: a type's deck, taxonomy and strings never weigh on the phone's first load.
 */
const loaders: { [T in CounselingType]: () => Promise<CounselingPhoneModule> } = {
  'action-plan': () => import('./action-plan/Phone.js'),
  'strength-cards': () => import('./strength-cards/Phone.js'),
  'barrier-map': () => import('./barrier-map/Phone.js'),
  'mock-interview': () => import('./mock-interview/Phone.js'),
  instrument: () => import('./instrument/Phone.js'),
};

/** Modules already here: shown at once, without a loading step. */
const loaded: { [T in CounselingType]?: CounselingPhoneModule } = {};

async function load(type: CounselingType): Promise<CounselingPhoneModule> {
  const known = loaded[type];
  if (known) return known;
  const loader = loaders[type];
  if (!loader) throw new Error(`no phone component for ${type}`);
  const module = await retryImport(loader);
  loaded[type] = module;
  return module;
}

const lazyPhones = new Map<CounselingType, LazyExoticComponent<AnyPhone>>();

function lazyPhone(type: CounselingType): LazyExoticComponent<AnyPhone> {
  let phone = lazyPhones.get(type);
  if (!phone) {
    phone = lazy(async () => ({ default: (await load(type)).Phone }));
    lazyPhones.set(type, phone);
  }
  return phone;
}

/** Whether this client has a phone component for the type (an unknown one is listed, not shown). */
export const hasCounselingPhone = (type: CounselingType): boolean => loaders[type] !== undefined;

/** Fetches the chunks of the types open now, while the phone is surely online; failures load again when shown. */
export function preloadCounselingPhones(types: readonly CounselingType[]): void {
  for (const type of types) if (loaders[type] && !loaded[type]) void load(type).catch(() => undefined);
}

/** The type's chunk once it is here (null before, and for a type without a phone component). */
export function useCounselingModule(type: CounselingType): CounselingPhoneModule | null {
  const [module, setModule] = useState<CounselingPhoneModule | null>(loaded[type] ?? null);
  useEffect(() => {
    if (module || !loaders[type]) return;
    let current = true;
    load(type).then(
      (m) => current && setModule(m),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [type, module]);
  return module;
}

/** The phone component of any type; suspends until its chunk is here (wrap it in `<Lazy>`). */
export function CounselingPhoneFor(props: CounselingPhoneProps) {
  const type = props.activity.type;
  return createElement(loaded[type]?.Phone ?? lazyPhone(type), props);
}
