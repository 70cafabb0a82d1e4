import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '../../common/i18n.js';
import { retryImport } from '../../common/retry-import.js';

/**
 * Code the phone's first paint does not need (a program's sign-up, each activity's form) comes in
 * its own chunk when first shown, tried again if a weak connection lost it; if it still fails the
 * boundary below offers a reload (everything the person did is kept in localStorage).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await retryImport(load) }));
}

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('load.wait')}
    </p>
  );
}

function LoadFailed() {
  const t = useT();
  return (
    <div className="card connecting" role="alert">
      <p>{t('load.failed')}</p>
      <button type="button" className="primary big" onClick={() => window.location.reload()}>
        {t('program.tryAgain')}
      </button>
    </div>
  );
}

class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/** Shows a lazily loaded part: a calm line while it loads, a way out if it cannot. */
export function Lazy({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadBoundary>
  );
}
