import { createApp } from 'vue';
import 'logprob-autocomplete/define';
import App from './app.vue';

createApp(App).mount('#app');
