import { expect, test } from 'vitest';
// @ts-ignore TS6307: the renderer's pure geometry is not in tsconfig.node.json's include list
import { x } from '../../renderer/src/components/body-map/geometry';
const y: string = x;
test('x', () => expect(x + 1).toBe(2));
