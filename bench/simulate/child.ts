// A child process of runSimulation: runs one learner's comparison and sends the rows back.
import type { Learner } from './learner';
import { runLearner } from './run';
import type { SimulationOptions } from './simulate';

process.once('message', (message) => {
	const { learner, options } = message as {
		learner: Learner;
		options: Omit<SimulationOptions, 'learner'>;
	};
	process.send?.(runLearner(learner, options), () => process.disconnect());
});
