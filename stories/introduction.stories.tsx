import type { Meta, StoryObj } from "@storybook/react-vite";
import type { JSX } from "react";
import { expect } from "storybook/test";
import { DEMO_USERS } from "../src/testing/index";

/** What this Storybook holds, and the demo users of the emulated pool every flow story runs on. */
function Introduction(): JSX.Element {
  return (
    <article className="sb-intro">
      <h1>cognito-challenge-ui</h1>
      <p>
        Every sign-in challenge of an Amazon Cognito user pool, as React components. The flow
        stories run an emulated user pool <strong>inside this page</strong>: no AWS account, no
        server. Codes the pool sends appear in the "Phone and inbox" panel beside each flow.
      </p>
      <ul>
        <li>
          <strong>Components</strong>: one screen per story state, fed by recorded Cognito
          responses.
        </li>
        <li>
          <strong>Flows</strong>: whole sign-ins on the emulated pool; finish them by hand, or watch
          the Interactions panel replay them.
        </li>
        <li>
          <strong>Overrides</strong>: restyle, swap parts, or replace a whole screen.
        </li>
        <li>
          <strong>Headless</strong>: only the hooks, with your own markup.
        </li>
      </ul>
      <p>
        The toolbar switches theme (light, dark), direction (left to right, right to left) and
        language.
      </p>
      <table>
        <caption>Demo users (every password is public demo material)</caption>
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Password</th>
            <th scope="col">Auth flow</th>
            <th scope="col">What you will see</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_USERS.map((user) => (
            <tr key={`${user.poolId}-${user.username}`}>
              <td translate="no">{user.username}</td>
              <td translate="no">
                {user.preferredChallenge === undefined ? user.password : "none"}
              </td>
              <td>
                {user.authFlow}
                {user.preferredChallenge ? ` (${user.preferredChallenge})` : ""}
              </td>
              <td>{user.shows}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

const meta = {
  title: "Introduction",
  component: Introduction,
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof Introduction>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Welcome: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("row")).toHaveLength(DEMO_USERS.length + 1);
  },
};
