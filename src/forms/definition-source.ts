import type { Queryable } from '../platform/db/database.ts';
import type { FormDefinition } from './form-definition.ts';

/** A procedure as the case side knows it: its id and catalog position, not its publishing state. */
export interface ProcedureHeading {
  id: string;
  municipalityCode: string;
  slug: string;
  position: number;
}

/**
 * Where the versioned form definitions live. Cases read definitions through this so that the
 * procedures domain, which owns them, can submit into cases without the two importing each other.
 */
export interface DefinitionSource {
  /** The exact version an application was made with. */
  definitionAt(tx: Queryable, procedureId: string, version: number): Promise<FormDefinition | undefined>;
  procedureBySlug(tx: Queryable, slug: string): Promise<ProcedureHeading | undefined>;
  latestVersion(tx: Queryable, procedureId: string): Promise<{ version: number; definition: FormDefinition } | undefined>;
  /** Each procedure with the title and department of its newest version. */
  newestOfEach(tx: Queryable): Promise<{ slug: string; position: number; title: string; department: string }[]>;
}
