import type { Decorator, Preview } from "@storybook/react-vite";
import { useLayoutEffect } from "react";
import { type MessageOverrides, MessagesProvider } from "../src/index";
import { de, es, fr, ja } from "../src/locales";
import "../src/styles.css";
import "./preview.css";

const dictionaries: Readonly<Record<string, MessageOverrides | undefined>> = {
  en: undefined,
  de,
  es,
  fr,
  ja,
};

/**
 * Theme, direction and language come from the toolbar (or a story's `globals`). They are set on
 * the document root, where `styles.css` and the browser look for them (`data-theme`,
 * `dir`, `lang`), and on the story's wrapper, so a story can be read on its own.
 */
const withEnvironment: Decorator = (Story, context) => {
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const dir = context.globals.dir === "rtl" ? "rtl" : "ltr";
  const locale = typeof context.globals.locale === "string" ? context.globals.locale : "en";
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = theme;
    html.style.colorScheme = theme;
    html.dir = dir;
    html.lang = locale;
  }, [theme, dir, locale]);
  return (
    <MessagesProvider locale={locale} messages={dictionaries[locale]}>
      <div className="sb-stage" data-theme={theme} dir={dir} lang={locale}>
        <Story />
      </div>
    </MessagesProvider>
  );
};

const preview: Preview = {
  // A Docs page (props table, every story) for each component and flow.
  tags: ["autodocs"],
  parameters: {
    layout: "fullscreen",
    controls: {
      matchers: { color: /(background|color)$/i, date: /Date$/i },
      exclude: /^(respond|restart|challenge)$/,
    },
    // "error" makes axe violations fail the story test in Vitest; "todo" only reports them.
    // test/storybook/a11y-gate.test.ts proves it on a story with an unnamed button.
    a11y: { test: "error" },
    options: {
      storySort: {
        order: ["Introduction", "Components", "Flows", "Overrides", "Headless", "End to end"],
      },
    },
  },
  globalTypes: {
    theme: {
      description: "Colour theme (the data-theme attribute styles.css reads)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of the messages",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "de", title: "Deutsch" },
          { value: "es", title: "Español" },
          { value: "fr", title: "Français" },
          { value: "ja", title: "日本語" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", dir: "ltr", locale: "en" },
  decorators: [withEnvironment],
};

export default preview;
