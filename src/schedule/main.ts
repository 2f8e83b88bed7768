/** The Schedule report dialog (being built). */
const root = document.getElementById('app');
if (root) root.textContent = 'Schedule report';
