import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const node = (pkg: string, file: string) => path.join(ROOT, 'node_modules', pkg, file);

/** Lints a snippet as if it were a file at `filePath`, returning the boundary rule's messages. */
function boundaryErrors(filePath: string, code: string): string[] {
  const result = spawnSync(
    process.execPath,
    [node('eslint', 'bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json', '--rule', '@typescript-eslint/no-unused-vars: off'],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return report!.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

/** The Nx boundary rules must really forbid things: these imports are refused, ordinary ones pass. */
describe('module boundaries', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [node('nx', 'dist/bin/nx.js'), 'show', 'projects'], { cwd: ROOT, stdio: 'ignore' });
  });

  it.each([
    ['@nestjs/common', "import { Injectable } from '@nestjs/common';"],
    ['typeorm', "import { DataSource } from 'typeorm';"],
    ['pg', "import { Client } from 'pg';"],
    ['nodemailer', "import nodemailer from 'nodemailer';"],
    ['a server library', "import { migrate } from '@kring/server-database';"],
  ])('refuses %s in the portal', (_what, code) => {
    expect(boundaryErrors('apps/portal/src/probe.ts', code)).not.toEqual([]);
  });

  it('refuses server and UI packages in shared code', () => {
    expect(boundaryErrors('libs/shared/domain/src/probe.ts', "import { Module } from '@nestjs/common';")).not.toEqual([]);
    expect(boundaryErrors('libs/shared/domain/src/probe.ts', "import { useState } from 'react';")).not.toEqual([]);
  });

  it('refuses importing an app from a library', () => {
    expect(boundaryErrors('libs/server/identity/src/probe.ts', "import { createApp } from '../../../../apps/api/src/bootstrap';")).not.toEqual([]);
  });

  it('allows the portal its own client and shared code', () => {
    expect(
      boundaryErrors('apps/portal/src/probe.ts', "import { createApiClient } from '@kring/api-client';\nimport { ROLES } from '@kring/shared-domain';"),
    ).toEqual([]);
  });
});
