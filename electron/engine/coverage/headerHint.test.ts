import { describe, expect, it } from 'vitest';
import { headerHint } from './headerHint';

describe('headerHint', () => {
  it('reads column titles in several languages, accents and case ignored', () => {
    const cases: Array<[string, string | null]> = [
      ['nom', 'Names'],
      ['Prénom', 'Names'],
      ['Nachname', 'Names'],
      ['Vorname', 'Names'],
      ['apellido', 'Names'],
      ['achternaam', 'Names'],
      ['date_naissance', 'Dates of birth'],
      ['Geburtsdatum', 'Dates of birth'],
      ['fecha_nacimiento', 'Dates of birth'],
      ['geslacht', 'Genders'],
      ['Geschlecht', 'Genders'],
      ['sexe', 'Genders'],
      ['courriel', 'Email addresses'],
      ['E-Mail', 'Email addresses'],
      ['mot_de_passe', 'Passwords'],
      ['Passwort', 'Passwords'],
      ['contraseña', 'Passwords'],
      ['ip_derniere_connexion', 'IP addresses'],
      ['derniere_connexion', 'Dates'],
      ['tel_chiffre', 'Phone numbers'],
      ['telefono', 'Phone numbers'],
      ['code_postal', 'Postal codes'],
      ['PLZ', 'Postal codes'],
      ['ville', 'Physical addresses'],
      ['Straße', 'Physical addresses'],
      ['username', 'Usernames'],
      ['id_client', 'Identifiers'],
      ['col3', null],
      ['sesso', 'Genders'],
      ['datenaiss', 'Dates of birth'],
      ['geb_datum', 'Dates of birth'],
      ['fnac', 'Dates of birth'],
      ['nome_utente', 'Usernames'],
      ['Land', 'Physical addresses'],
      ['paese', 'Physical addresses'],
      ['localite', 'Physical addresses'],
      ['ultimo_accesso', 'Dates'],
      ['erstellt_am', 'Dates'],
      ['Kundennummer', 'Identifiers'],
      ['kd_nr', 'Identifiers'],
      ['num_client', 'Identifiers'],
      ['klantnummer', 'Identifiers'],
      ['codice_cliente', 'Identifiers'],
      ['carte_fidelite', 'Identifiers'],
      ['loyalty_number', 'Identifiers'],
      ['phone_number', 'Phone numbers'],
      ['clave', 'Passwords'],
      ['parola_chiave', 'Passwords'],
      ['locality', 'Physical addresses'],
      ['foo', null],
    ];
    for (const [title, cls] of cases) expect(headerHint(title), title).toBe(cls);
  });

  it('reads the names web applications give a stored address, and no word merely ending in ip', () => {
    const cases: Array<[string, string | null]> = [
      ['last_login_ip', 'IP addresses'],
      ['lastloginip', 'IP addresses'],
      ['lastip', 'IP addresses'],
      ['regip', 'IP addresses'],
      ['userip', 'IP addresses'],
      ['ipv6_address', 'IP addresses'],
      ['IPv4', 'IP addresses'],
      ['remote_addr', 'IP addresses'],
      ['registration_ip', 'IP addresses'],
      ['zip', 'Postal codes'],
      ['vip_level', null],
      ['client_address', 'Physical addresses'],
    ];
    for (const [title, cls] of cases) expect(headerHint(title), title).toBe(cls);
  });

  it('reads a nested JSON leaf by its own name, not its parents\'', () => {
    expect(headerHint('address.cp')).toBe('Postal codes');
    expect(headerHint('contact.tel_chiffre')).toBe('Phone numbers');
    expect(headerHint('identity.nom')).toBe('Names');
    expect(headerHint('address.ville')).toBe('Physical addresses');
    expect(headerHint('Tel.')).toBe('Phone numbers');
  });
});
