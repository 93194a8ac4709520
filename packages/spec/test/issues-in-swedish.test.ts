import { describe, expect, it } from 'vitest';
import { localizeIssue } from '../src/issues/localize-issue.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

describe('a validation run in Swedish', () => {
  it('words an unknown field and two SMART warnings in Swedish', () => {
    // itsm.mttr has an owner without team or email, and a measure naming an undeclared field.
    const mttr = kpiYaml('itsm.mttr', {
      owner: '{ name: Anna }',
      measure: 'avg(hours_between(opened_at, resolvd_at))',
    });
    const { issues } = validateProject({
      root: '/p',
      files: projectFiles([{ path: 'itsm/mttr.yaml', text: mttr }]),
    });
    const sv = issues.map((i) => localizeIssue(i, 'sv')).sort((a, b) => a.code.localeCompare(b.code));
    expect(sv.map((i) => [i.code, i.message, i.hint])).toEqual([
      [
        'KPI0201',
        'Källan har inget fält "resolvd_at". Menade du "resolved_at"?',
        'Använd ett fält som är deklarerat under fields: i källfilen, eller deklarera "resolvd_at" där.',
      ],
      [
        'KPI0402',
        'M (Mätbart): nyckeltalet "itsm.mttr" kan inte mätas ännu, eftersom dess mått eller where har fel.',
        'Rätta felen som rapporteras för måttet och källan; ett nyckeltal är mätbart när dess mått stämmer mot fälten i källan.',
      ],
      [
        'KPI0403',
        'A (Accepterat): nyckeltalet "itsm.mttr" har en ägare ("Anna") utan team eller e-postadress.',
        'Lägg till owner: { name: Servicedeskchef, team: service-desk } (eller en e-postadress) så att någon har tagit på sig ansvaret för det.',
      ],
    ]);
  });
});
