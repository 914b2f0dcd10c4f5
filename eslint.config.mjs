import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next*/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Browser code lives in small *.client.tsx files; pages and layouts stay server components.
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExpressionStatement[directive='use client']",
          message: "Put browser code in a *.client.tsx file beside its server sibling.",
        },
      ],
    },
  },
  {
    files: ["**/*.client.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
