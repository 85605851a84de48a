import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider, type Language } from '../i18n/I18nProvider';

/**
 * The workstation's own settings, kept on this computer: Chinese or English, and the
 * large-font mode a clerk turns on for an elderly applicant reading along.
 */
interface Preferences {
  language: Language;
  largeFont: boolean;
  setLanguage(language: Language): void;
  toggleLargeFont(): void;
}

const KEY = 'clerk-web.preferences';
const PreferencesContext = createContext<Preferences | null>(null);

function stored(): { language: Language; largeFont: boolean } {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { language?: unknown; largeFont?: unknown };
    return { language: value.language === 'en' ? 'en' : 'zh', largeFont: value.largeFont === true };
  } catch {
    return { language: 'zh', largeFont: false };
  }
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(stored);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch {
      // not kept: the setting lasts until the page is reloaded
    }
    const root = document.documentElement;
    root.lang = state.language === 'zh' ? 'zh-CN' : 'en';
    root.classList.toggle('large-font', state.largeFont);
  }, [state]);
  const setLanguage = useCallback((language: Language) => setState((s) => ({ ...s, language })), []);
  const toggleLargeFont = useCallback(() => setState((s) => ({ ...s, largeFont: !s.largeFont })), []);
  const value = useMemo(() => ({ ...state, setLanguage, toggleLargeFont }), [state, setLanguage, toggleLargeFont]);
  return (
    <PreferencesContext.Provider value={value}>
      <I18nProvider language={state.language}>{children}</I18nProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences outside PreferencesProvider');
  return preferences;
}
