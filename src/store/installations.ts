/**
 * A chat app's installation in one workspace (Slack's OAuth result: bot token, bot user, scopes),
 * kept in the store so every bot process sharing it can answer every workspace. The platform's own
 * record is stored as JSON text; the store only keys it by platform and workspace. The table and
 * its SQL for both stores live here, so the store files only spread them in.
 */
import type Database from 'better-sqlite3';
import type { PlatformId } from '../briefing/command.js';
import { normalizeInstant, type Row } from './rows.js';

/** One workspace's installation. */
export interface Installation {
  platform: PlatformId;
  /** The workspace (Slack team id), or the organisation for an org-wide install. */
  workspaceId: string;
  enterpriseId: string | null;
  /** The platform's installation record as JSON text (for Slack, Bolt's Installation). */
  data: string;
  installedAt: string;
}

/** What the store offers for installations. */
export interface InstallationStoreMethods {
  /** Stores (or replaces) the installation for its platform and workspace. */
  putInstallation(installation: Installation): Promise<void>;
  getInstallation(platform: PlatformId, workspaceId: string): Promise<Installation | null>;
  deleteInstallation(platform: PlatformId, workspaceId: string): Promise<void>;
}

const fromRow = (row: Row): Installation => ({
  platform: String(row.platform),
  workspaceId: String(row.workspace_id),
  enterpriseId: row.enterprise_id === null || row.enterprise_id === undefined ? null : String(row.enterprise_id),
  data: typeof row.data === 'string' ? row.data : JSON.stringify(row.data),
  installedAt: row.installed_at instanceof Date ? row.installed_at.toISOString() : String(row.installed_at),
});

/** The methods over SQLite (statements prepared on first use, after migrate()). */
export function sqliteInstallations(db: Database.Database): InstallationStoreMethods {
  let statements: { put: Database.Statement; get: Database.Statement; remove: Database.Statement } | undefined;
  const sql = () =>
    (statements ??= {
      put: db.prepare(
        `INSERT INTO installations (platform, workspace_id, enterprise_id, data, installed_at)
         VALUES (@platform, @workspace_id, @enterprise_id, @data, @installed_at)
         ON CONFLICT (platform, workspace_id) DO UPDATE SET enterprise_id = excluded.enterprise_id, data = excluded.data,
           installed_at = excluded.installed_at`,
      ),
      get: db.prepare('SELECT * FROM installations WHERE platform = ? AND workspace_id = ?'),
      remove: db.prepare('DELETE FROM installations WHERE platform = ? AND workspace_id = ?'),
    });
  return {
    async putInstallation(i) {
      sql().put.run({
        platform: i.platform,
        workspace_id: i.workspaceId,
        enterprise_id: i.enterpriseId,
        data: i.data,
        installed_at: normalizeInstant(i.installedAt, 'installedAt'),
      });
    },
    async getInstallation(platform, workspaceId) {
      const row = sql().get.get(platform, workspaceId) as Row | undefined;
      return row ? fromRow(row) : null;
    },
    async deleteInstallation(platform, workspaceId) {
      sql().remove.run(platform, workspaceId);
    },
  };
}

/** The methods over PostgreSQL, given the store's query function. */
export function postgresInstallations(query: (text: string, values?: unknown[]) => Promise<Row[]>): InstallationStoreMethods {
  return {
    async putInstallation(i) {
      await query(
        `INSERT INTO installations (platform, workspace_id, enterprise_id, data, installed_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (platform, workspace_id) DO UPDATE SET enterprise_id = excluded.enterprise_id, data = excluded.data,
           installed_at = excluded.installed_at`,
        [i.platform, i.workspaceId, i.enterpriseId, i.data, normalizeInstant(i.installedAt, 'installedAt')],
      );
    },
    async getInstallation(platform, workspaceId) {
      const [row] = await query('SELECT * FROM installations WHERE platform = $1 AND workspace_id = $2', [platform, workspaceId]);
      return row ? fromRow(row) : null;
    },
    async deleteInstallation(platform, workspaceId) {
      await query('DELETE FROM installations WHERE platform = $1 AND workspace_id = $2', [platform, workspaceId]);
    },
  };
}
