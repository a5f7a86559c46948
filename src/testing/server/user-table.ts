import type { DemoUser, EmulatorSeed, SeedResult } from "../index";

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

/** The demo users as lines, grouped by pool and app client: what to type, and what follows. */
export function formatDemoUsers(users: readonly DemoUser[], url: string): string[] {
  const groups = new Map<string, DemoUser[]>();
  for (const user of users) {
    const key = `Pool ${user.poolId}, app client ${user.clientId}${user.clientSecret ? ` (secret ${user.clientSecret})` : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), user]);
  }
  const rows: string[][] = [];
  for (const [heading, members] of groups) {
    rows.push([heading]);
    for (const user of members) {
      rows.push([
        `  ${user.username}`,
        user.password,
        user.preferredChallenge ? `${user.authFlow} (${user.preferredChallenge})` : user.authFlow,
        user.challenges.length > 0 ? user.challenges.join(", ") : "no challenge",
      ]);
    }
  }
  const secrets = [...new Set(users.flatMap((user) => (user.totpSecret ? [user.totpSecret] : [])))];
  return [
    "Demo users (demo material, not secrets):",
    // Headings span the row; only user rows are aligned in columns.
    ...alignUsers(rows).map((line) => `  ${line}`),
    ...secrets.map((secret) => `Authenticator-app (TOTP) secret of the TOTP users: ${secret}`),
    `Codes sent by SMS or email: GET ${url}/_emulator/outbox`,
  ];
}

function alignUsers(rows: readonly (readonly string[])[]): string[] {
  const aligned = table(rows.filter((row) => row.length > 1));
  let next = 0;
  return rows.map((row) => (row.length > 1 ? (aligned[next++] ?? "") : (row[0] ?? "")));
}

/** The seeded pools, app clients and users as lines (passwords are the seed file's, not shown). */
export function formatSeededPools(seed: EmulatorSeed, result: SeedResult, url: string): string[] {
  const lines: string[] = [];
  result.pools.forEach((pool, index) => {
    const input = seed.pools[index];
    lines.push(`Pool ${pool.id} (${pool.name})`);
    for (const client of pool.clients) {
      lines.push(
        `  app client ${client.id} (${client.name})${client.secret ? ", with a secret" : ""}`,
      );
    }
    const rows: string[][] = [["username", "internal username", "password"]];
    pool.users.forEach((user, userIndex) => {
      const seeded = input?.Users?.[userIndex];
      const password =
        seeded?.TemporaryPassword !== undefined
          ? "temporary (NEW_PASSWORD_REQUIRED)"
          : seeded?.Password !== undefined
            ? "set"
            : "none";
      rows.push([user.login, user.username === user.login ? "same" : user.username, password]);
    });
    if (pool.users.length > 0) lines.push(...table(rows).map((line) => `    ${line}`));
  });
  lines.push(`Codes sent by SMS or email: GET ${url}/_emulator/outbox`);
  return lines;
}
