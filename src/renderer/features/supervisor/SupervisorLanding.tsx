// The supervisor's wallboard layout (DESIGN.md): queues across the top, conversations at risk and
// agents below. Empty states until the gateway reports queue and sentiment figures; agents are live.
import { EmptyState } from '../../ui/EmptyState';
import { IconAlert, IconChart } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { AgentsTable } from './AgentsTable';

const QUEUE_COLUMNS = ['Queue', 'Waiting', 'Longest wait', 'Service level', 'Sentiment'] as const;

export function SupervisorLanding() {
  return (
    <div className="wallboard">
      <Panel label="Queues" region={1} className="wallboard__queues" meta="live">
        <table className="table">
          <thead>
            <tr>
              {QUEUE_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <td colSpan={QUEUE_COLUMNS.length}>
                <EmptyState compact icon={<IconChart size={20} />} title="No queue figures yet.">
                  <p>Each queue appears here with its waiting contacts, longest wait, service level and sentiment as soon as the gateway routes contacts.</p>
                </EmptyState>
              </td>
            </tr>
          </tbody>
        </table>
      </Panel>
      <Panel label="At risk" region={2} className="wallboard__risk" meta="live">
        <EmptyState compact icon={<IconAlert size={20} />} title="Nothing at risk.">
          <p>Conversations whose sentiment is falling appear here, worst first, with the agent handling them.</p>
        </EmptyState>
      </Panel>
      <Panel label="Agents" region={3} className="wallboard__agents">
        <AgentsTable />
      </Panel>
    </div>
  );
}
