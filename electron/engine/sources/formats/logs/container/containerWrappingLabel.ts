import type { ContainerWrapping } from './ContainerWrapping';

/** How a source's mapping names the container wrapping its lines were read from, for the analyst. */
export function containerWrappingLabel(wrapping: ContainerWrapping): string {
  return [
    wrapping.jsonFile ? "Docker json-file logging driver (each line's log field, both streams)" : '',
    wrapping.compose ? 'docker compose logs prefix (service |), cut' : '',
    wrapping.timestamps ? "platform receive time (docker / kubectl logs --timestamps), cut: the record's own time is the event time" : '',
  ]
    .filter(Boolean)
    .join('; ');
}
