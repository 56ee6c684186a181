// Mantine theme: large type and touch targets for elderly readers on phones, strong contrast, Be Vietnam Pro.
import {
  ActionIcon, Anchor, Badge, Burger, Button, Checkbox, Modal, NavLink, NumberInput, PasswordInput, Radio, Select, Switch, Tabs, TextInput, Textarea,
  createTheme, rem, type CSSVariablesResolver,
} from '@mantine/core'

const fontFamily = "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

export const theme = createTheme({
  fontFamily,
  headings: {
    fontFamily,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: rem(28), lineHeight: '1.3' },
      h2: { fontSize: rem(22), lineHeight: '1.35' },
      h3: { fontSize: rem(19), lineHeight: '1.4' },
    },
  },
  // Body text is `md` (17px); the smallest text anywhere is 14px.
  fontSizes: { xs: rem(14), sm: rem(16), md: rem(17), lg: rem(19), xl: rem(22) },
  // Actions, focus rings and links in blue; red is the brand mark and means danger (never an input's focus).
  primaryColor: 'blue',
  // Shade 9 keeps white text on filled buttons and badges above 4.5:1.
  primaryShade: { light: 9, dark: 7 },
  autoContrast: true,
  defaultRadius: 'md',
  focusRing: 'auto',
  components: {
    Button: Button.extend({ defaultProps: { size: 'md' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md' } }),
    Textarea: Textarea.extend({ defaultProps: { size: 'md' } }),
    NumberInput: NumberInput.extend({ defaultProps: { size: 'md' } }),
    Radio: Radio.extend({ defaultProps: { size: 'md' } }),
    Select: Select.extend({ defaultProps: { size: 'md', comboboxProps: { shadow: 'md' } } }),
    Checkbox: Checkbox.extend({ defaultProps: { size: 'md' } }),
    Switch: Switch.extend({ defaultProps: { size: 'md' } }),
    ActionIcon: ActionIcon.extend({ defaultProps: { size: 'xl' } }),
    Burger: Burger.extend({ defaultProps: { size: 'md' } }),
    // Vietnamese in capitals loses readability: badges keep the case as written.
    Badge: Badge.extend({ defaultProps: { size: 'lg', tt: 'none' } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Filled when active: white on blue-9 stays above 6:1, hovered too (the light tint fell to 3.9:1 under the pointer).
    NavLink: NavLink.extend({ defaultProps: { py: 'sm', variant: 'filled' } }),
    Tabs: Tabs.extend({ defaultProps: { keepMounted: false } }),
    Modal: Modal.extend({ defaultProps: { size: 'lg', centered: false } }),
  },
})

/** Darker secondary text, error text and blue links: Mantine's defaults fall under 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[9],
    // Light variants (active navigation, light badges): blue-6 text on its tint is 3.2:1; blue-9 is over 7:1.
    '--mantine-color-blue-light-color': t.colors.blue[9],
    // Field error messages: red-6 is 3.3:1 on white, red-9 is 5.5:1.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
})
