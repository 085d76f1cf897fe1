import { describe, expect, it } from 'vitest';
import { maskStyleForClass } from './maskStyleForClass';
import { maskValue } from './maskValue';

describe('maskValue', () => {
  it('masks e-mails, names, IPs and secrets as docs/design.md §5 shows', () => {
    expect(maskValue('jeanne.martin@orange.fr', 'email')).toBe('j***@o***.fr');
    expect(maskValue('Martin', 'initial')).toBe('M*****');
    expect(maskValue('Éloïse', 'initial')).toBe('É*****');
    expect(maskValue('203.0.113.45', 'ip')).toBe('203.0.*.*');
    expect(maskValue('2001:db8:85a3::8a2e:370:7334', 'ip')).toBe('2001:db8:*');
    expect(maskValue('$2y$10$abcdefghijklmnopqrstuv', 'secret')).toBe('$2y$10$••••••');
    expect(maskValue('+33612345678', 'secret')).toBe('••••••');
  });

  it('keeps nulls, empties and clear classes as they are', () => {
    expect(maskValue(null, 'email')).toBeNull();
    expect(maskValue('', 'initial')).toBe('');
    expect(maskValue('F', maskStyleForClass('Genders'))).toBe('F');
    expect(maskValue('Durand', maskStyleForClass('Names'))).toBe('D*****');
    expect(maskValue('Durand', maskStyleForClass(null))).toBe('D*****');
  });
});
