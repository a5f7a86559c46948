import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CustomAuthTrigger, CustomAuthTriggers, EmulatorSeed } from "../index";

/** A seed file that cannot be used; its message is the one line the command prints. */
export class SeedFileError extends Error {
  override readonly name = "SeedFileError";
}

const TRIGGER_NAMES = [
  "DefineAuthChallenge",
  "CreateAuthChallenge",
  "VerifyAuthChallengeResponse",
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? "";
}

async function importModule(file: string, specifier: string): Promise<Record<string, unknown>> {
  const path = isAbsolute(specifier) ? specifier : resolve(dirname(file), specifier);
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new SeedFileError(
      `${file}: cannot load trigger module ${specifier}: ${firstLine(error)}`,
    );
  }
}

function asTrigger(file: string, where: string, value: unknown): CustomAuthTrigger {
  if (typeof value !== "function") {
    throw new SeedFileError(`${file}: ${where} is not a function`);
  }
  return value as CustomAuthTrigger;
}

/**
 * `"Triggers": "./triggers.mjs"`: one module exporting the three triggers by name (or a default
 * export holding them). `"Triggers": { "DefineAuthChallenge": "./define.mjs#handler", … }`: one
 * module per trigger, `#export` naming the export (`handler`, then `default`, when omitted).
 */
async function loadTriggers(file: string, spec: unknown): Promise<CustomAuthTriggers> {
  const triggers: Partial<Record<(typeof TRIGGER_NAMES)[number], CustomAuthTrigger>> = {};
  if (typeof spec === "string") {
    const module = await importModule(file, spec);
    const source = isRecord(module.default) ? module.default : module;
    for (const name of TRIGGER_NAMES) {
      if (source[name] !== undefined) {
        triggers[name] = asTrigger(file, `${name} in ${spec}`, source[name]);
      }
    }
    if (Object.keys(triggers).length === 0) {
      throw new SeedFileError(`${file}: ${spec} exports none of ${TRIGGER_NAMES.join(", ")}`);
    }
    return triggers;
  }
  if (!isRecord(spec)) {
    throw new SeedFileError(`${file}: Triggers must be a module path or an object of module paths`);
  }
  for (const [name, target] of Object.entries(spec)) {
    if (!(TRIGGER_NAMES as readonly string[]).includes(name)) {
      throw new SeedFileError(`${file}: unknown trigger ${name} (use ${TRIGGER_NAMES.join(", ")})`);
    }
    if (typeof target !== "string") {
      throw new SeedFileError(
        `${file}: Triggers.${name} must be a module path such as "./${name}.mjs"`,
      );
    }
    const [path = "", exportName] = target.split("#");
    const module = await importModule(file, path);
    const value = exportName ? module[exportName] : (module.handler ?? module.default);
    triggers[name as (typeof TRIGGER_NAMES)[number]] = asTrigger(
      file,
      `Triggers.${name} (${target})`,
      value,
    );
  }
  return triggers;
}

/**
 * Reads a JSON pool description (the engine's `EmulatorSeed`) and loads the custom-auth trigger
 * modules it names, resolved relative to the file. Throws `SeedFileError` with one line.
 */
export async function loadSeedFile(file: string): Promise<EmulatorSeed> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SeedFileError(
      `cannot read seed file ${file}${typeof code === "string" ? ` (${code})` : ""}`,
    );
  }
  let seed: unknown;
  try {
    seed = JSON.parse(text);
  } catch (error) {
    throw new SeedFileError(`${file} is not valid JSON: ${firstLine(error)}`);
  }
  if (!isRecord(seed) || !Array.isArray(seed.pools)) {
    throw new SeedFileError(`${file}: expected an object with a "pools" array`);
  }
  const pools = [];
  for (const [index, pool] of seed.pools.entries()) {
    if (!isRecord(pool)) throw new SeedFileError(`${file}: pools[${index}] is not an object`);
    pools.push(
      pool.Triggers === undefined
        ? pool
        : { ...pool, Triggers: await loadTriggers(file, pool.Triggers) },
    );
  }
  return { ...seed, pools } as unknown as EmulatorSeed;
}
