import { attrOf, isElement, textOf, type XmlElement, type XmlNode } from './XmlNode';

/** System fields no EventData or UserData field may replace: they identify the event. */
const identity = new Set(['EventID', 'EventRecordID', 'TimeCreated', 'Computer', 'Channel', 'Provider']);

/**
 * An event as one flat record with the names the Windows Security JSON mapping reads (EventID, TimeCreated, Computer,
 * Channel, Provider, TargetUserName, IpAddress, Status…): System fields by element name (attributes as element_attribute,
 * e.g. Execution_ProcessID), EventData fields by their Name, UserData leaves by element name. EventData and UserData
 * names win over System ones (a Data named Version is the event's), except the System fields that identify the event.
 */
export function flattenEvent(nodes: XmlNode[]): Record<string, string> {
  const out: Record<string, string> = {};
  const event = nodes.find((n): n is XmlElement => isElement(n) && n.name === 'Event');
  if (!event) return out;
  for (const section of event.children) {
    if (!isElement(section)) continue;
    if (section.name === 'System') system(section, out);
    else if (section.name === 'EventData') eventData(section, out);
    else if (section.name === 'UserData') leaves(section, out);
  }
  return out;
}

function system(s: XmlElement, out: Record<string, string>): void {
  for (const c of s.children) {
    if (!isElement(c)) continue;
    const text = textOf(c);
    if (text !== '') out[c.name] = text;
    for (const [a, v] of c.attrs) out[`${c.name}_${a}`] = v.join('');
  }
  const time = out.TimeCreated_SystemTime;
  if (time !== undefined) out.TimeCreated = time;
  const provider = out.Provider_Name;
  if (provider !== undefined) out.Provider = provider;
}

function eventData(d: XmlElement, out: Record<string, string>): void {
  let unnamed = 0;
  for (const c of d.children) {
    if (!isElement(c)) continue;
    const key = c.name === 'Data' ? (attrOf(c, 'Name') ?? `Data${++unnamed}`) : c.name;
    if (!identity.has(key)) out[key] = textOf(c);
  }
}

function leaves(e: XmlElement, out: Record<string, string>): void {
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.children.some(isElement)) leaves(c, out);
    else if (!identity.has(c.name)) out[c.name] = textOf(c);
  }
}
