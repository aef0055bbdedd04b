import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule } from '@kring/server-identity';
import { bootTestApp, TestApp } from './testing/test-app';

/** Every route must say who may call it. This walks all registered controllers and fails on any that do not. */
describe('route access declarations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('finds an access rule on every route of every controller', () => {
    const reflector = new Reflector();
    const routes: Array<{ route: string; rule: AccessRule | undefined }> = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as { new (...args: never[]): object; name: string } | null;
        if (!controller) continue;
        const prototype = controller.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler = prototype[name];
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const path = `${Reflect.getMetadata(PATH_METADATA, controller) ?? ''}/${Reflect.getMetadata(PATH_METADATA, handler) ?? ''}`;
          routes.push({
            route: `${method} ${path} (${controller.name}.${name})`,
            rule: reflector.getAllAndOverride<AccessRule>(ACCESS_METADATA, [handler as () => void, controller]),
          });
        }
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(12);
    expect(routes.filter((r) => !r.rule).map((r) => r.route)).toEqual([]);
    for (const { route, rule } of routes) {
      if (rule?.kind === 'public') expect({ route, reason: rule.reason.length > 5 }).toEqual({ route, reason: true });
    }
  });
});
