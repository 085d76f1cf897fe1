import { splitEncryptedClass } from '../../../../shared/encryptedClass';
/**
 * The likely consequence for data subjects when a value of this data class is exposed (Art. 33(3)(c)); for a class held
 * encrypted, that the values are encrypted, and what follows if the key was taken too.
 */
export function dataClassConsequence(dataClass: string): string {
  const { base, encrypted } = splitEncryptedClass(dataClass);
  if (encrypted) {
    const clear = plainConsequence(base);
    return `The ${base === 'Other' ? 'values' : base.toLowerCase()} are encrypted in the leak: no direct exposure unless the key was also compromised (to be assessed). If it was: ${clear}`;
  }
  return plainConsequence(dataClass);
}

/** The consequence of exposing values of this class in clear. */
function plainConsequence(dataClass: string): string {
  switch (dataClass) {
    case 'Email addresses':
      return 'Targeted phishing and spam; the address is the login of many services, so it enables credential stuffing against them.';
    case 'Names':
      return 'Makes phishing credible and, combined with other fields, supports identity theft and social engineering.';
    case 'Dates of birth':
      return 'A common identity-verification factor: combined with name and address it supports identity fraud and account recovery abuse.';
    case 'Phone numbers':
      return 'Smishing and vishing, SIM-swap attempts against SMS-based second factors, unwanted calls.';
    case 'Physical addresses':
    case 'Postal codes':
      return 'Locates the person: physical targeting, postal fraud, and stronger identity-fraud profiles.';
    case 'IP addresses':
      return 'Approximate location and internet provider of the person; links activity across services.';
    case 'Usernames':
      return 'Account enumeration and credential stuffing against services where the same username is used.';
    case 'Genders':
      return 'Low on its own; sharpens profiling and social engineering when combined with other fields.';
    case 'Credit cards':
      return 'Direct financial loss: card-not-present fraud until the cards are reissued; likely a high risk to the people (Art. 34), and the card schemes and acquirer must be told (PCI DSS).';
    case 'Partial credit card data':
      return 'Masked card numbers or their last digits: no card fraud on their own, but they make phishing and support-desk impersonation credible ("your card ending 1234").';
    case 'Bank account numbers':
      return 'Fraudulent direct-debit mandates and invoice redirection scams; combined with names and addresses, identity fraud. Likely a high risk to the people (Art. 34).';
    case 'Government issued IDs':
      return 'Identity theft: national ID, social security, tax or passport numbers open credit, benefits and official accounts in the person\'s name and cannot be changed like a password. Likely a high risk to the people (Art. 34).';
    case 'Identifiers':
      return 'Internal identifiers link the records to other datasets; low direct harm.';
    case 'Dates':
      return 'Account activity dates: low direct harm, helps make phishing credible.';
    default:
      return 'Content not classified: assess manually.';
  }
}
