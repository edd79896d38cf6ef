import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { words } from '../i18n/words.ts';

interface State {
  readonly error: Error | null;
}

/** An explicit error screen: an unexpected failure is said, never swallowed into an empty page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on the device: the console is the only place it goes.
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="notice notice--danger">
        <h1 className="notice__title">{words.ui.error.title}</h1>
        <p>{words.ui.error.text}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            {words.ui.error.reload}
          </button>
        </p>
      </div>
    );
  }
}
