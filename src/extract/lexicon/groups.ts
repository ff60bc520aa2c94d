/**
 * Groups: named collectives that are not one institution (GUIDELINES §2). `Allies` are NATO
 * members acting together; a first-person plural in a quote by NATO's leader also means them
 * (organizations.ts `membersGroup`).
 */
import type { EntityEntry } from './entry.ts';

export const GROUPS: readonly EntityEntry[] = [
  {
    label: 'Allies',
    type: 'Group',
    forms: [
      'Alliés', 'alliés de l\'OTAN', 'Allies', 'NATO Allies', 'NATO allies', 'Allies of NATO', 'pays de l\'OTAN', 'pays membres de l\'OTAN',
      'États membres de l\'OTAN', 'membres de l\'OTAN', 'NATO countries', 'NATO member countries', 'NATO member states', 'NATO members',
      'NATO member nations', 'pays alliés', 'Allied countries', 'Allied nations', 'alliés', 'ministres de la Défense de l\'OTAN', 'ministres alliés de la Défense',
      'NATO defence ministers', 'NATO defense ministers', 'Allied defence ministers', 'dirigeants de l\'OTAN', 'NATO leaders',
      // the Allies' ambassadors to NATO, who sit in the North Atlantic Council
      'Allied Permanent Representatives', 'Permanent Representatives of the Allies', 'Allied ambassadors', 'NATO ambassadors', 'ambassadeurs alliés',
      'représentants permanents des Alliés', 'ambassadeurs des pays de l\'Alliance', 'ambassadeurs des pays de l\'OTAN', 'ambassadeurs auprès de l\'OTAN',
    ],
  },
  { label: 'EU member states', type: 'Group', forms: ["États membres de l'UE", "États membres de l'Union européenne", "pays membres de l'UE", "pays de l'UE", 'EU member states', 'EU countries', 'Vingt-Sept', 'Twenty-Seven'] },
  { label: 'G7 leaders', type: 'Group', forms: ['dirigeants du G7', 'G7 leaders', 'leaders du G7', 'Leaders of the Group of Seven', 'leaders of the G7', 'chefs d\'État et de gouvernement du G7'] },
  { label: 'coalition of the willing', type: 'Group', forms: ['coalition des volontaires', 'coalition of the willing'] },
  { label: 'Western countries', type: 'Group', forms: ['Occidentaux', 'pays occidentaux', 'Western countries', 'the West', 'Occident'] },
];
