// Lint (`npm run lint`, also run by `npm test`): the parser's patterns must not backtrack
// super-linearly, because an article is hostile input and one bad pattern stalls a parse for
// minutes; user commands and model replies are untrusted too. eslint-plugin-regexp checks every
// regular expression literal in src/ for it (patterns built at run time from data/lexicon/ are not seen).
// Formatting is not checked here.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { regexp, '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      // Cheap correctness checks that pass on the code as it is.
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-self-compare': 'error',
      'regexp/no-dupe-characters-character-class': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-useless-backreference': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
